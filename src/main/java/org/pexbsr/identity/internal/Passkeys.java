package org.pexbsr.identity.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Passkeys (WebAuthn) kept in the database with Spring Security's JDBC repositories. The
 * relying party is named by {@code pex.identity.passkeys.rp-id} (the host name people
 * reach the platform under) and the origins it accepts by
 * {@code pex.identity.passkeys.origins}; when no origin is named, the platform accepts
 * {@code http://localhost} on the port it listens on, for a machine of one's own and for
 * tests.
 */
@Configuration(proxyBeanMethods = false)
class Passkeys {

	private static final Logger log = LoggerFactory.getLogger(Passkeys.class);

	private final Set<String> origins = ConcurrentHashMap.newKeySet();

	private final String rpId;

	private final boolean originsConfigured;

	Passkeys(@Value("${pex.identity.passkeys.rp-id:localhost}") String rpId,
			@Value("${pex.identity.passkeys.origins:}") List<String> origins) {
		this.rpId = rpId;
		origins.stream().map(String::strip).filter((origin) -> !origin.isEmpty()).forEach(this.origins::add);
		this.originsConfigured = !this.origins.isEmpty();
	}

	String rpId() {
		return this.rpId;
	}

	Set<String> origins() {
		return this.origins;
	}

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users,
			AccountRepository accounts, JdbcAuditTrail audit) {
		return new AuditedCredentials(new JdbcUserCredentialRepository(jdbc), users, accounts, audit);
	}

	@Bean
	WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials) {
		return new Webauthn4JRelyingPartyOperations(users, credentials,
				PublicKeyCredentialRpEntity.builder().id(this.rpId).name("PEX-BSR Platform").build(), this.origins);
	}

	@EventListener
	void listening(WebServerInitializedEvent event) {
		if (!this.originsConfigured) {
			this.origins.add("http://localhost:" + event.getWebServer().getPort());
			log.info("Passkeys are accepted from {}; set pex.identity.passkeys.origins for the public address",
					this.origins);
		}
	}

	/**
	 * Writes a new passkey to the audit trail. The repository's {@code save} is also
	 * called at every passkey sign-in, to update its counter; only a credential not
	 * stored before is new.
	 */
	static final class AuditedCredentials implements UserCredentialRepository {

		private final UserCredentialRepository delegate;

		private final PublicKeyCredentialUserEntityRepository users;

		private final AccountRepository accounts;

		private final JdbcAuditTrail audit;

		AuditedCredentials(UserCredentialRepository delegate, PublicKeyCredentialUserEntityRepository users,
				AccountRepository accounts, JdbcAuditTrail audit) {
			this.delegate = delegate;
			this.users = users;
			this.accounts = accounts;
			this.audit = audit;
		}

		@Override
		public void save(CredentialRecord record) {
			boolean added = this.delegate.findByCredentialId(record.getCredentialId()) == null;
			this.delegate.save(record);
			if (added) {
				PublicKeyCredentialUserEntity user = this.users.findById(record.getUserEntityUserId());
				if (user != null) {
					this.accounts.findByUsername(user.getName())
						.ifPresent((account) -> this.audit.recordAs(account.username(), SignInFactors.ADDED,
								SignInFactors.target(account), "passkey"));
				}
			}
		}

		@Override
		public void delete(Bytes credentialId) {
			this.delegate.delete(credentialId);
		}

		@Override
		public CredentialRecord findByCredentialId(Bytes credentialId) {
			return this.delegate.findByCredentialId(credentialId);
		}

		@Override
		public List<CredentialRecord> findByUserId(Bytes userId) {
			return this.delegate.findByUserId(userId);
		}

	}

}
