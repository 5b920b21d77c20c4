package org.pexbsr.identity.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Everything the identity tables hold about one person, read from the tables themselves,
 * for the privacy page and the download of one's own data. Secrets (the password hash,
 * the hashes of link tokens) are named but not given out.
 */
@Component
class PersonalData {

	private final JdbcClient jdbc;

	private final OrganisationRepository organisations;

	PersonalData(JdbcClient jdbc, OrganisationRepository organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	Map<String, Object> about(Account account) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("account", accountFields(account));
		data.put("organisationsManaged",
				this.organisations.managedBy(account.id())
					.stream()
					.map((organisation) -> Map.of("name", organisation.name(), "country", organisation.country()))
					.toList());
		data.put("invitations", invitations(account));
		data.put("passwordResetLinks", this.jdbc.sql("""
				select created_at, expires_at, used_at from identity_password_reset where account_id = :id
				order by id""").param("id", account.id()).query().listOfRows());
		data.put("accessTokens", this.jdbc.sql("""
				select name, roles, created_at, expires_at, last_used_at, revoked_at from identity_access_token
				where account_id = :id order by id""").param("id", account.id()).query().listOfRows());
		data.put("singleSignOn", this.jdbc.sql("""
				select registration, issuer, subject, created_at from identity_external_identity
				where account_id = :id""").param("id", account.id()).query().listOfRows());
		data.put("auditRecords", auditRecords(account));
		return data;
	}

	private Map<String, Object> accountFields(Account account) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("username", account.username());
		fields.put("displayName", account.displayName());
		fields.put("email", account.email());
		fields.put("organisation", account.organisationName());
		fields.put("country", account.country());
		fields.put("roles", account.roles().stream().map(Enum::name).sorted().toList());
		fields.put("active", account.enabled());
		fields.put("createdAt", account.createdAt());
		fields.put("lastSignedInAt", account.lastSignedInAt());
		fields.put("passwordHashAlgorithm", algorithm(account.passwordHash()));
		return fields;
	}

	private List<Map<String, Object>> invitations(Account account) {
		if (account.email() == null) {
			return List.of();
		}
		return this.jdbc.sql("""
				select i.created_at, i.expires_at, i.accepted_at, i.roles, o.name as organisation
				from identity_invitation i join identity_organisation o on o.id = i.organisation_id
				where i.email = :email order by i.id""").param("email", account.email()).query().listOfRows();
	}

	private List<Map<String, Object>> auditRecords(Account account) {
		return this.jdbc.sql("""
				select recorded_at, action, target, detail, remote_address from identity_audit_record
				where actor = :actor order by id""").param("actor", account.username()).query().listOfRows();
	}

	private static String algorithm(String hash) {
		int end = hash.indexOf('}');
		return (hash.startsWith("{") && end > 0) ? hash.substring(1, end) : "unknown";
	}

}
