package org.pexbsr.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

	private static final String SELECT = """
			select a.id, a.username, a.display_name, a.email, a.password_hash, a.organisation_id,
			       o.name as organisation_name, a.country, a.enabled, a.password_change_required, a.created_at,
			       a.last_signed_in_at, a.sessions_valid_after
			from identity_account a left join identity_organisation o on o.id = a.organisation_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Account> findByUsername(String username) {
		return findOne("a.username = :value", username);
	}

	/** The account with this e-mail address, compared without regard to case. */
	Optional<Account> findByEmail(String email) {
		return findOne("a.email = :value", normaliseEmail(email));
	}

	/** The account signing in by its name or by its e-mail address. */
	Optional<Account> findBySignInName(String name) {
		Optional<Account> byName = findByUsername(name);
		return byName.isPresent() ? byName : (name.contains("@") ? findByEmail(name) : Optional.empty());
	}

	Optional<Account> findById(long id) {
		return this.jdbc.sql(SELECT + "where a.id = :id")
			.param("id", id)
			.query(AccountRepository::account)
			.optional()
			.map((account) -> account.withRoles(rolesOf(account.id())));
	}

	/**
	 * Accounts whose name, account name or e-mail address contains the text, optionally
	 * only those holding a role or belonging to an organisation, at most 500, by name.
	 */
	List<Account> search(AccountQuery query) {
		StringBuilder where = new StringBuilder("where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" and (lower(a.username) like :text or lower(a.display_name) like :text"
					+ " or lower(a.email) like :text)");
			params.put("text", "%" + likeEscaped(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		if (query.role() != null) {
			where.append(" and exists (select 1 from identity_account_role r where r.account_id = a.id"
					+ " and r.role = :role)");
			params.put("role", query.role().name());
		}
		if (query.organisationId() != null) {
			where.append(" and a.organisation_id = :organisation");
			params.put("organisation", query.organisationId());
		}
		if (query.enabled() != null) {
			where.append(" and a.enabled = :enabled");
			params.put("enabled", query.enabled());
		}
		List<Account> found = this.jdbc
			.sql(SELECT + where + " order by lower(a.display_name), a.id" + " fetch first 500 rows only")
			.params(params)
			.query(AccountRepository::account)
			.list();
		return withRoles(found);
	}

	boolean anyoneHolds(Role role) {
		return countHolding(role) > 0;
	}

	/** How many enabled accounts hold the role. */
	long countHolding(Role role) {
		return this.jdbc.sql("""
				select count(*) from identity_account_role r join identity_account a on a.id = r.account_id
				where r.role = :role and a.enabled""").param("role", role.name()).query(Long.class).single();
	}

	@Transactional
	long create(NewAccount account) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into identity_account (username, display_name, email, password_hash, organisation_id, country,
				                              enabled, password_change_required, created_at)
				values (:username, :displayName, :email, :passwordHash, :organisationId, :country, true,
				        :passwordChangeRequired, :createdAt)""")
			.param("username", account.username())
			.param("displayName", account.displayName())
			.param("email", (account.email() != null) ? normaliseEmail(account.email()) : null)
			.param("passwordHash", account.passwordHash())
			.param("organisationId", account.organisationId())
			.param("country", account.country())
			.param("passwordChangeRequired", account.passwordChangeRequired())
			.param("createdAt", OffsetDateTime.now(this.clock))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		insertRoles(id, account.roles());
		return id;
	}

	void changePassword(String username, String passwordHash) {
		this.jdbc.sql("""
				update identity_account set password_hash = :hash, password_change_required = false
				where username = :username""").param("hash", passwordHash).param("username", username).update();
	}

	/**
	 * Replaces a hash by a stronger one of the same password, unless the password was
	 * changed meanwhile.
	 */
	void upgradePasswordHash(long id, String oldHash, String newHash) {
		this.jdbc.sql("update identity_account set password_hash = :new where id = :id and password_hash = :old")
			.param("new", newHash)
			.param("id", id)
			.param("old", oldHash)
			.update();
	}

	/** Sets a new password and ends every session the account has open elsewhere. */
	void resetPassword(long id, String passwordHash) {
		this.jdbc.sql("""
				update identity_account set password_hash = :hash, password_change_required = false,
				       sessions_valid_after = :now
				where id = :id""")
			.param("hash", passwordHash)
			.param("now", OffsetDateTime.now(this.clock))
			.param("id", id)
			.update();
	}

	@Transactional
	void replaceRoles(long id, Set<Role> roles) {
		this.jdbc.sql("delete from identity_account_role where account_id = :id").param("id", id).update();
		insertRoles(id, roles);
	}

	void setEnabled(long id, boolean enabled) {
		this.jdbc.sql("update identity_account set enabled = :enabled where id = :id")
			.param("enabled", enabled)
			.param("id", id)
			.update();
	}

	void recordSignIn(String username) {
		this.jdbc.sql("update identity_account set last_signed_in_at = :now where username = :username")
			.param("now", OffsetDateTime.now(this.clock))
			.param("username", username)
			.update();
	}

	/**
	 * Removes every second factor of the account (authenticator app, recovery codes,
	 * passkeys) and ends its open sessions, so that its next sign-in sets up a factor
	 * again.
	 */
	@Transactional
	void resetFactors(long id) {
		deleteFactors(id);
		this.jdbc.sql("update identity_account set sessions_valid_after = :now where id = :id")
			.param("now", OffsetDateTime.now(this.clock))
			.param("id", id)
			.update();
	}

	private void deleteFactors(long id) {
		this.jdbc.sql("delete from identity_totp where account_id = :id").param("id", id).update();
		this.jdbc.sql("delete from identity_recovery_code where account_id = :id").param("id", id).update();
		this.jdbc.sql("""
				delete from user_credentials where user_entity_user_id in
				  (select e.id from user_entities e join identity_account a on a.username = e.name where a.id = :id)""")
			.param("id", id)
			.update();
		this.jdbc.sql("""
				delete from user_entities where name in (select username from identity_account where id = :id)""")
			.param("id", id)
			.update();
	}

	/**
	 * Removes the account and everything the identity tables hold about it; the audit
	 * trail is pseudonymised separately.
	 */
	@Transactional
	void delete(long id) {
		this.jdbc.sql("delete from identity_account_role where account_id = :id").param("id", id).update();
		this.jdbc.sql("delete from identity_organisation_manager where account_id = :id").param("id", id).update();
		this.jdbc.sql("delete from identity_password_reset where account_id = :id").param("id", id).update();
		this.jdbc.sql("delete from identity_access_token where account_id = :id").param("id", id).update();
		this.jdbc.sql("delete from identity_external_identity where account_id = :id").param("id", id).update();
		deleteFactors(id);
		this.jdbc.sql("update identity_invitation set invited_by = null where invited_by = :id")
			.param("id", id)
			.update();
		this.jdbc.sql("update identity_registration_code set created_by = null where created_by = :id")
			.param("id", id)
			.update();
		this.jdbc.sql("delete from identity_account where id = :id").param("id", id).update();
	}

	static String normaliseEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private Optional<Account> findOne(String condition, String value) {
		return this.jdbc.sql(SELECT + "where " + condition)
			.param("value", value)
			.query(AccountRepository::account)
			.optional()
			.map((account) -> account.withRoles(rolesOf(account.id())));
	}

	private void insertRoles(long id, Set<Role> roles) {
		for (Role role : roles) {
			this.jdbc.sql("insert into identity_account_role (account_id, role) values (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
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

	private List<Account> withRoles(List<Account> found) {
		if (found.isEmpty()) {
			return found;
		}
		Map<Long, Set<Role>> roles = new LinkedHashMap<>();
		this.jdbc.sql("select account_id, role from identity_account_role").query((rs) -> {
			roles.computeIfAbsent(rs.getLong("account_id"), (key) -> EnumSet.noneOf(Role.class))
				.add(Role.valueOf(rs.getString("role")));
		});
		List<Account> complete = new ArrayList<>(found.size());
		found.forEach((account) -> complete.add(account.withRoles(roles.getOrDefault(account.id(), Set.of()))));
		return complete;
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Account account(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), rs.getString("password_hash"), rs.getObject("organisation_id", Long.class),
				rs.getString("organisation_name"), rs.getString("country"), rs.getBoolean("enabled"),
				rs.getBoolean("password_change_required"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("last_signed_in_at", OffsetDateTime.class),
				rs.getObject("sessions_valid_after", OffsetDateTime.class), Set.of());
	}

	/**
	 * What to look for among accounts; {@code null} fields do not narrow the search.
	 *
	 * @param text part of a name, account name or e-mail address
	 * @param role a role the accounts hold
	 * @param organisationId the organisation they belong to
	 * @param enabled whether they are active or deactivated
	 */
	record AccountQuery(@Nullable String text, @Nullable Role role, @Nullable Long organisationId,
			@Nullable Boolean enabled) {

	}

	record NewAccount(String username, String displayName, @Nullable String email, String passwordHash,
			@Nullable Long organisationId, @Nullable String country, boolean passwordChangeRequired, Set<Role> roles) {

	}

}
