package org.pexbsr.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Choosing a new password through a link sent by e-mail. The link works once, for an
 * hour, and only its hash is stored. Asking for one gives the same answer whether or not
 * the address belongs to an account, and at most three links an hour go to one account,
 * so that nobody can flood someone's mailbox.
 */
@Service
class PasswordResets {

	static final Duration VALIDITY = Duration.ofHours(1);

	static final int MAXIMUM_PER_HOUR = 3;

	private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final Mailer mailer;

	private final JdbcAuditTrail audit;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	PasswordResets(JdbcClient jdbc, AccountRepository accounts, Mailer mailer, JdbcAuditTrail audit,
			PasswordEncoder passwordEncoder, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.mailer = mailer;
		this.audit = audit;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Sends a link to the address if it belongs to an active account; says nothing either
	 * way.
	 */
	@Transactional
	void request(String email, Locale language) {
		Optional<Account> account = this.accounts.findByEmail(email).filter(Account::enabled);
		if (account.isEmpty()) {
			log.info("A password link was asked for an address that belongs to no active account");
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (recentRequests(account.get(), now) >= MAXIMUM_PER_HOUR) {
			log.info("No password link sent to account {}: {} were sent within the hour", account.get().id(),
					MAXIMUM_PER_HOUR);
			return;
		}

		String token = Tokens.newLinkToken();
		this.jdbc.sql("""
				insert into identity_password_reset (account_id, token_hash, created_at, expires_at)
				values (:account, :hash, :now, :expires)""")
			.param("account", account.get().id())
			.param("hash", Tokens.hash(token))
			.param("now", now)
			.param("expires", now.plus(VALIDITY))
			.update();
		this.audit.recordAs(account.get().username(), "identity.password-reset.requested",
				"identity/account/" + account.get().id(), null);
		this.mailer.sendLater(account.get().email(), language, "identity.mail.passwordReset",
				this.mailer.link("/password-reset/" + token), account.get().displayName());
	}

	/** The account whose password the link may change. */
	Account open(String token) {
		ResetLink link = find(token);
		return this.accounts.findById(link.accountId())
			.filter(Account::enabled)
			.orElseThrow(() -> new LinkRefusedException(LinkRefusedException.Reason.UNKNOWN));
	}

	/**
	 * Sets the new password, spends this link and every other open one of the account,
	 * and ends the account's sessions elsewhere.
	 */
	@Transactional
	void complete(String token, String password) {
		Account account = open(token);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int spent = this.jdbc.sql("""
				update identity_password_reset set used_at = :now
				where token_hash = :hash and used_at is null and expires_at > :now""")
			.param("now", now)
			.param("hash", Tokens.hash(token))
			.update();
		if (spent != 1) {
			throw new LinkRefusedException(LinkRefusedException.Reason.USED);
		}
		this.jdbc.sql("update identity_password_reset set used_at = :now where account_id = :id and used_at is null")
			.param("now", now)
			.param("id", account.id())
			.update();
		this.accounts.resetPassword(account.id(), this.passwordEncoder.encode(password));
		this.audit.recordAs(account.username(), "identity.password-reset.completed", "identity/account/" + account.id(),
				null);
	}

	private ResetLink find(String token) {
		ResetLink link = this.jdbc.sql("""
				select account_id, expires_at, used_at from identity_password_reset where token_hash = :hash""")
			.param("hash", Tokens.hash(token))
			.query((rs, row) -> new ResetLink(rs.getLong("account_id"),
					rs.getObject("expires_at", OffsetDateTime.class),
					rs.getObject("used_at", OffsetDateTime.class) != null))
			.optional()
			.orElseThrow(() -> new LinkRefusedException(LinkRefusedException.Reason.UNKNOWN));
		if (link.used()) {
			throw new LinkRefusedException(LinkRefusedException.Reason.USED);
		}
		if (!OffsetDateTime.now(this.clock).isBefore(link.expiresAt())) {
			throw new LinkRefusedException(LinkRefusedException.Reason.EXPIRED);
		}
		return link;
	}

	private long recentRequests(Account account, OffsetDateTime now) {
		return this.jdbc.sql("""
				select count(*) from identity_password_reset where account_id = :id and created_at > :since""")
			.param("id", account.id())
			.param("since", now.minusHours(1))
			.query(Long.class)
			.single();
	}

	private record ResetLink(long accountId, OffsetDateTime expiresAt, boolean used) {

	}

}
