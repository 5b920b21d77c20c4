package org.pexbsr.identity.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which account a person of an OpenID Connect provider is, in
 * {@code identity_external_identity}: by the provider's issuer and the person's subject
 * there, which the provider never gives to anyone else.
 */
@Repository
class ExternalIdentityRepository {

	private final JdbcClient jdbc;

	ExternalIdentityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> accountOf(String issuer, String subject) {
		return this.jdbc
			.sql("select account_id from identity_external_identity where issuer = :issuer and subject = :subject")
			.param("issuer", issuer)
			.param("subject", subject)
			.query(Long.class)
			.optional();
	}

	void link(String issuer, String subject, long accountId, String registration, OffsetDateTime now) {
		this.jdbc.sql("""
				insert into identity_external_identity (issuer, subject, account_id, registration, created_at)
				values (:issuer, :subject, :account, :registration, :now)""")
			.param("issuer", issuer)
			.param("subject", subject)
			.param("account", accountId)
			.param("registration", registration)
			.param("now", now)
			.update();
	}

}
