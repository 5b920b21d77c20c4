package org.pexbsr.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.Role;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;

/**
 * Personal access tokens: made by a signed-in person for a script or a phone app, shown
 * once, and checked on every API request that sends one. A token acts with the roles it
 * was given, cut down to those its account holds at the moment it is used, so that a role
 * taken from the account is gone from its tokens too, and a deactivated account's tokens
 * stop working.
 */
@Service
class AccessTokens {

	/** Marks the secret for secret scanners and for people who find one in a file. */
	static final String PREFIX = "pex_";

	static final String CREATED = "identity.access-token.created";

	static final String REVOKED = "identity.access-token.revoked";

	static final String USED = "identity.access-token.used";

	/**
	 * The last use is kept to the minute, so that a busy script does not write on every
	 * request.
	 */
	private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private final AccessTokenRepository tokens;

	private final AccountRepository accounts;

	private final JdbcAuditTrail audit;

	private final Clock clock;

	AccessTokens(AccessTokenRepository tokens, AccountRepository accounts, JdbcAuditTrail audit, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Makes a token for the account.
	 * @param roles the roles it may use; each must be one the account holds
	 * @param validFor how long it works, or {@code null} for until it is revoked
	 * @return the new token with its secret, which is never shown again
	 */
	NewToken create(Account account, String name, Set<Role> roles, @Nullable Duration validFor) {
		if (!account.roles().containsAll(roles)) {
			throw new RolesNotHeldException();
		}
		String secret = PREFIX + Tokens.newLinkToken();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		long id = this.tokens.create(account.id(), name.strip(), Tokens.hash(secret), roles, now,
				(validFor != null) ? now.plus(validFor) : null);
		AccessToken token = this.tokens.findById(id).orElseThrow();
		this.audit.recordAs(account.username(), CREATED, target(token), token.label());
		return new NewToken(token, secret);
	}

	List<AccessToken> of(Account account) {
		return this.tokens.ofAccount(account.id());
	}

	/**
	 * @return whether the account had such a token, not yet revoked
	 */
	boolean revoke(Account account, long tokenId) {
		boolean revoked = this.tokens.revoke(tokenId, account.id(), OffsetDateTime.now(this.clock));
		if (revoked) {
			AccessToken token = this.tokens.findById(tokenId).orElseThrow();
			this.audit.recordAs(account.username(), REVOKED, target(token), token.label());
		}
		return revoked;
	}

	/**
	 * Checks a secret sent with a request.
	 * @throws BadCredentialsException for an unknown, revoked or expired token
	 * @throws DisabledException when its account is deactivated or gone
	 */
	AccessTokenAuthentication check(String secret) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		AccessToken token = this.tokens.findByHash(Tokens.hash(secret))
			.filter((found) -> found.worksAt(now))
			.orElseThrow(() -> new BadCredentialsException("No such access token, or it was revoked or expired"));
		Optional<Account> account = this.accounts.findById(token.accountId()).filter(Account::enabled);
		if (account.isEmpty()) {
			throw new DisabledException("The access token's account is deactivated");
		}
		if (token.lastUsedAt() == null || token.lastUsedAt().plus(LAST_USE_PRECISION).isBefore(now)) {
			this.tokens.markUsed(token.id(), now);
		}
		return AccessTokenAuthentication.checked(account.get().username(), token, authorities(token, account.get()));
	}

	static String target(AccessToken token) {
		return "identity/access-token/" + token.id();
	}

	/** The token's roles that the account still holds, and the factor it proves. */
	private static List<GrantedAuthority> authorities(AccessToken token, Account account) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		roles.addAll(token.roles());
		roles.retainAll(account.roles());
		List<GrantedAuthority> authorities = new ArrayList<>();
		roles.forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.BEARER_AUTHORITY));
		return authorities;
	}

	record NewToken(AccessToken token, String secret) {

	}

	/** A token was asked for with a role its account does not hold. */
	static class RolesNotHeldException extends RuntimeException {

		RolesNotHeldException() {
			super("An access token can carry only roles its account holds");
		}

	}

}
