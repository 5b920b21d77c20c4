package org.pexbsr.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each account's authenticator app (TOTP, RFC 6238) in {@code identity_totp}: set up with
 * a new secret, confirmed with a first code, then checked at every sign-in. A code is
 * accepted at most once: the step of the last accepted code is stored and only a later
 * step passes, and the update that records it is conditional, so two requests racing with
 * the same code cannot both win.
 */
@Repository
class AuthenticatorApps {

	private final JdbcClient jdbc;

	private final FactorKey key;

	private final Clock clock;

	private final Totp totp = new Totp();

	AuthenticatorApps(JdbcClient jdbc, FactorKey key, Clock clock) {
		this.jdbc = jdbc;
		this.key = key;
		this.clock = clock;
	}

	boolean isSetUp(long accountId) {
		return this.jdbc.sql("select count(*) from identity_totp where account_id = :id and confirmed")
			.param("id", accountId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The secret waiting for its first code; a new one when there is none. An app already
	 * confirmed is not replaced this way: it must be removed first.
	 */
	String pendingSecret(long accountId) {
		Optional<Stored> stored = find(accountId);
		if (stored.isPresent()) {
			if (stored.get().confirmed()) {
				throw new IllegalStateException("An authenticator app is set up already");
			}
			return this.key.decrypt(stored.get().secretEncrypted());
		}
		String secret = Totp.newSecret();
		insert(accountId, secret, false);
		return secret;
	}

	/** Confirms the waiting secret with a code from the app; false for a wrong code. */
	boolean confirm(long accountId, String code) {
		Optional<Stored> stored = find(accountId).filter((found) -> !found.confirmed());
		if (stored.isEmpty()) {
			return false;
		}
		OptionalLong step = this.totp.matchingStep(Totp.decode(this.key.decrypt(stored.get().secretEncrypted())), code,
				this.clock.instant(), Long.MIN_VALUE);
		if (step.isEmpty()) {
			return false;
		}
		return this.jdbc.sql("""
				update identity_totp set confirmed = true, last_step = :step
				where account_id = :id and not confirmed""")
			.param("step", step.getAsLong())
			.param("id", accountId)
			.update() == 1;
	}

	/** Checks a code at sign-in; true only once for each code. */
	boolean verify(long accountId, String code) {
		Optional<Stored> stored = find(accountId).filter(Stored::confirmed);
		if (stored.isEmpty()) {
			return false;
		}
		long last = (stored.get().lastStep() != null) ? stored.get().lastStep() : Long.MIN_VALUE;
		OptionalLong step = this.totp.matchingStep(Totp.decode(this.key.decrypt(stored.get().secretEncrypted())), code,
				this.clock.instant(), last);
		if (step.isEmpty()) {
			return false;
		}
		return this.jdbc.sql("""
				update identity_totp set last_step = :step
				where account_id = :id and confirmed and (last_step is null or last_step < :step)""")
			.param("step", step.getAsLong())
			.param("id", accountId)
			.update() == 1;
	}

	/**
	 * Sets up a confirmed app with a known secret, for accounts named in configuration.
	 */
	void setUpConfirmed(long accountId, String base32Secret) {
		remove(accountId);
		insert(accountId, base32Secret.strip().replace(" ", ""), true);
	}

	boolean remove(long accountId) {
		return this.jdbc.sql("delete from identity_totp where account_id = :id").param("id", accountId).update() > 0;
	}

	private void insert(long accountId, String secret, boolean confirmed) {
		this.jdbc.sql("""
				insert into identity_totp (account_id, secret_encrypted, confirmed, created_at)
				values (:id, :secret, :confirmed, :now)""")
			.param("id", accountId)
			.param("secret", this.key.encrypt(secret))
			.param("confirmed", confirmed)
			.param("now", OffsetDateTime.now(this.clock))
			.update();
	}

	private Optional<Stored> find(long accountId) {
		return this.jdbc.sql("select secret_encrypted, confirmed, last_step from identity_totp where account_id = :id")
			.param("id", accountId)
			.query((rs, row) -> new Stored(rs.getString("secret_encrypted"), rs.getBoolean("confirmed"),
					rs.getObject("last_step", Long.class)))
			.optional();
	}

	private record Stored(String secretEncrypted, boolean confirmed, Long lastStep) {

	}

}
