package org.pexbsr.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Registration codes in {@code identity_registration_code}, found by the hash of the
 * code.
 */
@Repository
class RegistrationCodeRepository {

	private static final String SELECT = """
			select c.*, o.name as organisation_name, o.country
			from identity_registration_code c join identity_organisation o on o.id = c.organisation_id
			""";

	private final JdbcClient jdbc;

	RegistrationCodeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(String codeHash, String label, long organisationId, int maxUses, OffsetDateTime expiresAt,
			@Nullable Long createdBy, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into identity_registration_code (code_hash, label, organisation_id, max_uses, uses,
				                                        expires_at, created_by, created_at)
				values (:hash, :label, :organisation, :maxUses, 0, :expiresAt, :createdBy, :now)""")
			.param("hash", codeHash)
			.param("label", label)
			.param("organisation", organisationId)
			.param("maxUses", maxUses)
			.param("expiresAt", expiresAt)
			.param("createdBy", createdBy)
			.param("now", now)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	List<RegistrationCode> all() {
		return this.jdbc.sql(SELECT + "order by c.id desc").query(RegistrationCodeRepository::row).list();
	}

	Optional<RegistrationCode> findByHash(String codeHash) {
		return this.jdbc.sql(SELECT + "where c.code_hash = :hash")
			.param("hash", codeHash)
			.query(RegistrationCodeRepository::row)
			.optional();
	}

	Optional<RegistrationCode> findById(long id) {
		return this.jdbc.sql(SELECT + "where c.id = :id")
			.param("id", id)
			.query(RegistrationCodeRepository::row)
			.optional();
	}

	/**
	 * Counts one use, unless the code is used up, expired or withdrawn by now; one
	 * statement, so that two learners registering at once cannot both take the last use.
	 */
	boolean consume(long id, OffsetDateTime now) {
		return this.jdbc.sql("""
				update identity_registration_code set uses = uses + 1
				where id = :id and uses < max_uses and expires_at > :now and revoked_at is null""")
			.param("id", id)
			.param("now", now)
			.update() == 1;
	}

	boolean revoke(long id, OffsetDateTime now) {
		return this.jdbc
			.sql("update identity_registration_code set revoked_at = :now where id = :id " + "and revoked_at is null")
			.param("now", now)
			.param("id", id)
			.update() == 1;
	}

	private static RegistrationCode row(ResultSet rs, int row) throws SQLException {
		return new RegistrationCode(rs.getLong("id"), rs.getString("label"), rs.getLong("organisation_id"),
				rs.getString("organisation_name"), rs.getString("country"), rs.getInt("max_uses"), rs.getInt("uses"),
				rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("revoked_at", OffsetDateTime.class));
	}

}
