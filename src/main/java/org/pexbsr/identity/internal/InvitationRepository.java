package org.pexbsr.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Invitations in {@code identity_invitation}, found by the hash of their token.
 */
@Repository
class InvitationRepository {

	private static final String SELECT = """
			select i.*, o.name as organisation_name, o.country
			from identity_invitation i join identity_organisation o on o.id = i.organisation_id
			""";

	private final JdbcClient jdbc;

	InvitationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(String tokenHash, NewInvitation invitation) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into identity_invitation (token_hash, email, organisation_id, roles, language, invited_by,
				                                 registration_code_id, created_at, expires_at)
				values (:hash, :email, :organisation, :roles, :language, :invitedBy, :code, :createdAt, :expiresAt)""")
			.param("hash", tokenHash)
			.param("email", invitation.email())
			.param("organisation", invitation.organisationId())
			.param("roles", invitation.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
			.param("language", invitation.language())
			.param("invitedBy", invitation.invitedBy())
			.param("code", invitation.registrationCodeId())
			.param("createdAt", invitation.createdAt())
			.param("expiresAt", invitation.expiresAt())
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	Optional<Invitation> findByTokenHash(String tokenHash) {
		return this.jdbc.sql(SELECT + "where i.token_hash = :hash")
			.param("hash", tokenHash)
			.query(InvitationRepository::row)
			.optional();
	}

	Optional<Invitation> findById(long id) {
		return this.jdbc.sql(SELECT + "where i.id = :id").param("id", id).query(InvitationRepository::row).optional();
	}

	/**
	 * Invitations sent by people (not self-registrations) that are neither used nor
	 * withdrawn, newest first; all of them, or those of the given organisations.
	 */
	List<Invitation> open(@Nullable List<Long> organisationIds) {
		String where = "where i.accepted_at is null and i.revoked_at is null and i.registration_code_id is null";
		if (organisationIds != null && organisationIds.isEmpty()) {
			return List.of();
		}
		if (organisationIds != null) {
			return this.jdbc.sql(SELECT + where + " and i.organisation_id in (:organisations) order by i.id desc")
				.param("organisations", organisationIds)
				.query(InvitationRepository::row)
				.list();
		}
		return this.jdbc.sql(SELECT + where + " order by i.id desc").query(InvitationRepository::row).list();
	}

	/** Marks the invitation used, unless it was used, withdrawn or expired meanwhile. */
	boolean markAccepted(long id, OffsetDateTime now) {
		return this.jdbc.sql("""
				update identity_invitation set accepted_at = :now
				where id = :id and accepted_at is null and revoked_at is null and expires_at > :now""")
			.param("now", now)
			.param("id", id)
			.update() == 1;
	}

	boolean revoke(long id, OffsetDateTime now) {
		return this.jdbc.sql("""
				update identity_invitation set revoked_at = :now
				where id = :id and accepted_at is null and revoked_at is null""")
			.param("now", now)
			.param("id", id)
			.update() == 1;
	}

	int deleteFor(String email) {
		return this.jdbc.sql("delete from identity_invitation where email = :email").param("email", email).update();
	}

	private static Invitation row(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(rs.getString("roles").split(","))
			.filter((name) -> !name.isBlank())
			.forEach((name) -> roles.add(Role.valueOf(name)));
		return new Invitation(rs.getLong("id"), rs.getString("email"), rs.getLong("organisation_id"),
				rs.getString("organisation_name"), rs.getString("country"), roles, rs.getString("language"),
				rs.getObject("invited_by", Long.class), rs.getObject("registration_code_id", Long.class),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
				rs.getObject("accepted_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class));
	}

	record NewInvitation(String email, long organisationId, Set<Role> roles, String language, @Nullable Long invitedBy,
			@Nullable Long registrationCodeId, OffsetDateTime createdAt, OffsetDateTime expiresAt) {

	}

}
