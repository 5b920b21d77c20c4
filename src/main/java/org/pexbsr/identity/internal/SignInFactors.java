package org.pexbsr.identity.internal;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;

/**
 * The second factors an account has, and the step that completes a sign-in once one of
 * them is passed. Every factor event goes to the audit trail with the account as its
 * target, never a code or a secret.
 */
@Service
class SignInFactors {

	static final String PASSED = "identity.second-factor.passed";

	static final String FAILED = "identity.second-factor.failed";

	static final String ADDED = "identity.factor.added";

	static final String REMOVED = "identity.factor.removed";

	static final String RECOVERY_CODE_USED = "identity.recovery-code.used";

	static final String RECOVERY_CODES_RENEWED = "identity.recovery-codes.renewed";

	private static final Logger log = LoggerFactory.getLogger(SignInFactors.class);

	private final AccountRepository accounts;

	private final AuthenticatorApps apps;

	private final RecoveryCodes recoveryCodes;

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserCredentialRepository credentials;

	private final JdbcAuditTrail audit;

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SignInFactors(AccountRepository accounts, AuthenticatorApps apps, RecoveryCodes recoveryCodes,
			PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
			JdbcAuditTrail audit) {
		this.accounts = accounts;
		this.apps = apps;
		this.recoveryCodes = recoveryCodes;
		this.userEntities = userEntities;
		this.credentials = credentials;
		this.audit = audit;
	}

	boolean hasFactor(long accountId) {
		return this.apps.isSetUp(accountId)
				|| this.accounts.findById(accountId).map((account) -> !passkeys(account).isEmpty()).orElse(false);
	}

	List<CredentialRecord> passkeys(Account account) {
		PublicKeyCredentialUserEntity entity = this.userEntities.findByUsername(account.username());
		return (entity != null) ? this.credentials.findByUserId(entity.getId()) : List.of();
	}

	/**
	 * Checks a code from the authenticator app, or else a recovery code, and completes
	 * the sign-in when one is right.
	 */
	boolean pass(Account account, String code, boolean recovery, HttpServletRequest request,
			HttpServletResponse response) {
		boolean passed = recovery ? this.recoveryCodes.use(account.id(), code) : this.apps.verify(account.id(), code);
		String target = target(account);
		if (!passed) {
			this.audit.recordAs(account.username(), FAILED, target, recovery ? "recovery code" : "authenticator app");
			log.info("A second factor was refused for account {}", account.id());
			return false;
		}
		if (recovery) {
			this.audit.recordAs(account.username(), RECOVERY_CODE_USED, target,
					this.recoveryCodes.unused(account.id()) + " left");
		}
		complete(account, recovery ? SecondFactors.RECOVERY_CODE : SecondFactors.TOTP, request, response);
		return true;
	}

	/**
	 * Gives the signed-in person their roles, in a new session id, now that a factor is
	 * passed.
	 */
	void complete(Account account, String factor, HttpServletRequest request, HttpServletResponse response) {
		Authentication partial = SecurityContextHolder.getContext().getAuthentication();
		Authentication completed = SecondFactors.completed(partial, account.roles(), factor);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(completed);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.audit.recordAs(account.username(), PASSED, target(account),
				SecondFactors.TOTP.equals(factor) ? "authenticator app" : "recovery code");
	}

	/**
	 * Where to go once the sign-in is complete: the page asked for, or the start page.
	 */
	static String nextPage(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object target = (session != null) ? session.getAttribute(SecondFactorFilter.TARGET) : null;
		if (session != null) {
			session.removeAttribute(SecondFactorFilter.TARGET);
		}
		return (target instanceof String path && path.startsWith("/") && !path.startsWith("//")) ? path : "/";
	}

	Optional<Account> accountOf(Authentication authentication) {
		return this.accounts.findByUsername(authentication.getName());
	}

	static String target(Account account) {
		return "identity/account/" + account.id();
	}

}
