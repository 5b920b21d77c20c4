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
 * Personal access tokens in {@code identity_access_token}.
 */
@Repository
class AccessTokenRepository {

	private static final String SELECT = """
			select id, account_id, name, roles, created_at, expires_at, last_used_at, revoked_at
			from identity_access_token
			""";

	private final JdbcClient jdbc;

	AccessTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(long accountId, String name, String tokenHash, Set<Role> roles, OffsetDateTime createdAt,
			@Nullable OffsetDateTime expiresAt) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into identity_access_token (account_id, name, token_hash, roles, created_at, expires_at)
				values (:account, :name, :hash, :roles, :created, :expires)""")
			.param("account", accountId)
			.param("name", name)
			.param("hash", tokenHash)
			.param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
			.param("created", createdAt)
			.param("expires", expiresAt)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	Optional<AccessToken> findByHash(String tokenHash) {
		return this.jdbc.sql(SELECT + "where token_hash = :hash")
			.param("hash", tokenHash)
			.query(AccessTokenRepository::row)
			.optional();
	}

	Optional<AccessToken> findById(long id) {
		return this.jdbc.sql(SELECT + "where id = :id").param("id", id).query(AccessTokenRepository::row).optional();
	}

	/** The account's tokens, newest first, revoked ones included. */
	List<AccessToken> ofAccount(long accountId) {
		return this.jdbc.sql(SELECT + "where account_id = :account order by id desc")
			.param("account", accountId)
			.query(AccessTokenRepository::row)
			.list();
	}

	/**
	 * @return whether the token was the account's and still unrevoked
	 */
	boolean revoke(long id, long accountId, OffsetDateTime now) {
		return this.jdbc.sql("""
				update identity_access_token set revoked_at = :now
				where id = :id and account_id = :account and revoked_at is null""")
			.param("now", now)
			.param("id", id)
			.param("account", accountId)
			.update() == 1;
	}

	void markUsed(long id, OffsetDateTime now) {
		this.jdbc.sql("update identity_access_token set last_used_at = :now where id = :id")
			.param("now", now)
			.param("id", id)
			.update();
	}

	private static AccessToken row(ResultSet rs, int row) throws SQLException {
		return new AccessToken(rs.getLong("id"), rs.getLong("account_id"), rs.getString("name"),
				roles(rs.getString("roles")), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
				rs.getObject("revoked_at", OffsetDateTime.class));
	}

	private static Set<Role> roles(String names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(names.split(",")).filter((name) -> !name.isBlank()).map(Role::valueOf).forEach(roles::add);
		return roles;
	}

}
