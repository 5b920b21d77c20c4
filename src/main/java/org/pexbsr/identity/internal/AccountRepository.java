package org.pexbsr.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and their roles in the {@code identity_account} tables.
 */
@Repository
class AccountRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Account> findByUsername(String username) {
		return this.jdbc.sql("""
				select id, username, display_name, password_hash, organisation, country, enabled,
				       password_change_required
				from identity_account where username = :username""")
			.param("username", username)
			.query((rs, row) -> new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					rs.getString("password_hash"), rs.getString("organisation"), rs.getString("country"),
					rs.getBoolean("enabled"), rs.getBoolean("password_change_required"), Set.of()))
			.optional()
			.map((account) -> withRoles(account, rolesOf(account.id())));
	}

	boolean anyoneHolds(Role role) {
		return this.jdbc.sql("select count(*) from identity_account_role where role = :role")
			.param("role", role.name())
			.query(Long.class)
			.single() > 0;
	}

	@Transactional
	long create(NewAccount account) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into identity_account (username, display_name, password_hash, organisation, country, enabled,
				                              password_change_required, created_at)
				values (:username, :displayName, :passwordHash, :organisation, :country, true,
				        :passwordChangeRequired, :createdAt)""")
			.param("username", account.username())
			.param("displayName", account.displayName())
			.param("passwordHash", account.passwordHash())
			.param("organisation", account.organisation())
			.param("country", account.country())
			.param("passwordChangeRequired", account.passwordChangeRequired())
			.param("createdAt", OffsetDateTime.now(this.clock))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		for (Role role : account.roles()) {
			this.jdbc.sql("insert into identity_account_role (account_id, role) values (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
		return id;
	}

	void changePassword(String username, String passwordHash) {
		this.jdbc.sql("""
				update identity_account set password_hash = :hash, password_change_required = false
				where username = :username""").param("hash", passwordHash).param("username", username).update();
	}

	private Set<Role> rolesOf(long accountId) {
		List<String> names = this.jdbc.sql("select role from identity_account_role where account_id = :id")
			.param("id", accountId)
			.query(String.class)
			.list();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		names.forEach((name) -> roles.add(Role.valueOf(name)));
		return roles;
	}

	private static Account withRoles(Account account, Set<Role> roles) {
		return new Account(account.id(), account.username(), account.displayName(), account.passwordHash(),
				account.organisation(), account.country(), account.enabled(), account.passwordChangeRequired(), roles);
	}

	record NewAccount(String username, String displayName, String passwordHash, @Nullable String organisation,
			@Nullable String country, boolean passwordChangeRequired, Set<Role> roles) {

	}

}
