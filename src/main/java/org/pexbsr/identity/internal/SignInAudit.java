package org.pexbsr.identity.internal;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes every sign-in and every failed attempt to the audit trail, from Spring
 * Security's authentication events, and marks the session of a successful sign-in with
 * its account so that {@link AccountStatusFilter} can end it later. For a failed attempt
 * the name typed is kept only when it is an existing account: people sometimes type their
 * password into the name field, and an unknown name may be someone's personal data.
 */
@Component
class SignInAudit {

	static final String SUCCEEDED = "identity.sign-in.succeeded";

	static final String FAILED = "identity.sign-in.failed";

	private static final Logger log = LoggerFactory.getLogger(SignInAudit.class);

	private final JdbcAuditTrail audit;

	private final AccountRepository accounts;

	private final Clock clock;

	SignInAudit(JdbcAuditTrail audit, AccountRepository accounts, Clock clock) {
		this.audit = audit;
		this.accounts = accounts;
		this.clock = clock;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		Optional<Account> account = this.accounts.findByUsername(authentication.getName());
		if (account.isEmpty()) {
			return;
		}
		this.audit.recordAs(account.get().username(), SUCCEEDED, "identity/account/" + account.get().id(),
				method(authentication));
		this.accounts.recordSignIn(account.get().username());
		markSession(account.get());
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String typed = String.valueOf(event.getAuthentication().getName());
		Optional<Account> account = this.accounts.findBySignInName(typed);
		String actor = account.map(Account::username).orElse("anonymous");
		String target = account.map((known) -> "identity/account/" + known.id()).orElse("identity/sign-in");
		String reason = event.getException().getClass().getSimpleName();
		this.audit.recordAs(actor, FAILED, target, reason + (account.isEmpty() ? " (no such account)" : ""));
		log.info("A sign-in failed ({}) for {}", reason, account.isPresent() ? "an existing account" : "no account");
	}

	private void markSession(Account account) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			request.getSession(true).setAttribute(AccountStatusFilter.ACCOUNT, account.id());
			request.getSession().setAttribute(AccountStatusFilter.STARTED, this.clock.instant());
		}
	}

	private static String method(Authentication authentication) {
		String type = authentication.getClass().getSimpleName();
		return switch (type) {
			case "UsernamePasswordAuthenticationToken" -> "password";
			case "WebAuthnAuthentication" -> "passkey";
			default -> type;
		};
	}

}
