package org.pexbsr.identity.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's security page: their passkeys, their authenticator app and their
 * recovery codes, to add, replace or remove. A person who needs a second factor and has
 * none is sent here at sign-in, and gets their roles once the first factor is confirmed.
 */
@Controller
class SecurityPageController {

	static final String APP_PAGE = SecondFactorFilter.SECURITY_PAGE + "/authenticator";

	static final String CODES_PAGE = SecondFactorFilter.SECURITY_PAGE + "/recovery-codes";

	private final SignedInAccount signedIn;

	private final SignInFactors factors;

	private final AuthenticatorApps apps;

	private final RecoveryCodes recoveryCodes;

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserCredentialRepository credentials;

	private final JdbcAuditTrail audit;

	private final PasswordEncoder passwords;

	private final SignInRateLimit limits;

	SecurityPageController(SignedInAccount signedIn, SignInFactors factors, AuthenticatorApps apps,
			RecoveryCodes recoveryCodes, PublicKeyCredentialUserEntityRepository userEntities,
			UserCredentialRepository credentials, JdbcAuditTrail audit, PasswordEncoder passwords,
			SignInRateLimit limits) {
		this.signedIn = signedIn;
		this.factors = factors;
		this.apps = apps;
		this.recoveryCodes = recoveryCodes;
		this.userEntities = userEntities;
		this.credentials = credentials;
		this.audit = audit;
		this.passwords = passwords;
		this.limits = limits;
	}

	@GetMapping(SecondFactorFilter.SECURITY_PAGE)
	String show(Principal principal, Model model) {
		Account account = this.signedIn.of(principal);
		List<CredentialRecord> passkeys = this.factors.passkeys(account);
		model.addAttribute("passkeys", passkeys.stream().map(Passkey::of).toList());
		model.addAttribute("hasApp", this.apps.isSetUp(account.id()));
		model.addAttribute("unusedCodes", this.recoveryCodes.unused(account.id()));
		model.addAttribute("enrolling", isEnrolling());
		model.addAttribute("required", SecondFactors.required(account.roles()));
		model.addAttribute("pageScripts", List.of("/login/webauthn.js", "/js/identity-passkeys.js"));
		return "identity/security";
	}

	@GetMapping(APP_PAGE)
	String setUpApp(Principal principal, Model model) {
		Account account = this.signedIn.of(principal);
		if (this.apps.isSetUp(account.id())) {
			return "redirect:" + SecondFactorFilter.SECURITY_PAGE;
		}
		return appPage(account, model);
	}

	@PostMapping(APP_PAGE)
	String confirmApp(@RequestParam(name = "code", defaultValue = "") String code, Principal principal, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Account account = this.signedIn.of(principal);
		if (this.apps.isSetUp(account.id())) {
			return "redirect:" + SecondFactorFilter.SECURITY_PAGE;
		}
		if (code.isBlank() || code.length() > 20 || !this.apps.confirm(account.id(), code)) {
			this.audit.recordAs(account.username(), SignInFactors.FAILED, SignInFactors.target(account),
					"authenticator app set-up");
			model.addAttribute("codeError", "security.app.codeWrong");
			return appPage(account, model);
		}
		this.audit.recordAs(account.username(), SignInFactors.ADDED, SignInFactors.target(account),
				"authenticator app");
		boolean enrolling = isEnrolling();
		if (enrolling) {
			this.factors.complete(account, SecondFactors.TOTP, request, response);
		}
		return afterFactorAdded(account, "security.app.added", redirect);
	}

	@PostMapping(APP_PAGE + "/remove")
	String removeApp(@RequestParam(name = "password", defaultValue = "") String password, Principal principal,
			RedirectAttributes redirect) {
		Account account = this.signedIn.of(principal);
		if (isEnrolling() || !confirmed(account, password, redirect)) {
			return "redirect:" + SecondFactorFilter.SECURITY_PAGE;
		}
		if (this.apps.remove(account.id())) {
			this.audit.recordAs(account.username(), SignInFactors.REMOVED, SignInFactors.target(account),
					"authenticator app");
			redirect.addFlashAttribute("message", "security.app.removed");
		}
		return "redirect:" + SecondFactorFilter.SECURITY_PAGE;
	}

	/**
	 * Where Spring Security's passkey script goes once a passkey is registered (the
	 * address of its own registration page, which the platform does not use).
	 */
	@GetMapping("/webauthn/register")
	String passkeyRegistered(Principal principal, RedirectAttributes redirect) {
		Account account = this.signedIn.of(principal);
		if (this.factors.passkeys(account).isEmpty()) {
			return "redirect:" + SecondFactorFilter.SECURITY_PAGE;
		}
		return afterFactorAdded(account, "security.passkey.added", redirect);
	}

	@PostMapping(SecondFactorFilter.SECURITY_PAGE + "/passkeys/remove")
	String removePasskey(@RequestParam("id") String id,
			@RequestParam(name = "password", defaultValue = "") String password, Principal principal,
			RedirectAttributes redirect) {
		Account account = this.signedIn.of(principal);
		if (isEnrolling() || !confirmed(account, password, redirect)) {
			return "redirect:" + SecondFactorFilter.SECURITY_PAGE;
		}
		PublicKeyCredentialUserEntity entity = this.userEntities.findByUsername(account.username());
		CredentialRecord record = (entity != null) ? this.credentials.findByCredentialId(Bytes.fromBase64(id)) : null;
		if (record != null && record.getUserEntityUserId().equals(entity.getId())) {
			this.credentials.delete(record.getCredentialId());
			this.audit.recordAs(account.username(), SignInFactors.REMOVED, SignInFactors.target(account), "passkey");
			redirect.addFlashAttribute("message", "security.passkey.removed");
		}
		return "redirect:" + SecondFactorFilter.SECURITY_PAGE;
	}

	/**
	 * New recovery codes, replacing the old ones; not while a second factor is awaited,
	 * since a code made then would itself pass as one.
	 */
	@PostMapping(CODES_PAGE)
	String renewCodes(@RequestParam(name = "password", defaultValue = "") String password, Principal principal,
			RedirectAttributes redirect) {
		Account account = this.signedIn.of(principal);
		if (isEnrolling() || !confirmed(account, password, redirect)) {
			return "redirect:" + SecondFactorFilter.SECURITY_PAGE;
		}
		showOnce(account, redirect);
		return "redirect:" + CODES_PAGE;
	}

	/**
	 * Removing a factor or replacing the recovery codes asks for the password again, so
	 * that a session left open on a shared computer cannot strip the account of its
	 * protection. An account that signs in through its organisation's provider has no
	 * password here and changes its factors at that provider.
	 */
	private boolean confirmed(Account account, String password, RedirectAttributes redirect) {
		if (!this.limits.secretsRefused(account) && !password.isEmpty()
				&& password.length() <= PasswordPolicy.MAXIMUM_LENGTH
				&& this.passwords.matches(password, account.passwordHash())) {
			return true;
		}
		this.limits.secretFailed(account);
		this.audit.recordAs(account.username(), SignInFactors.FAILED, SignInFactors.target(account),
				"password confirmation for a change of factors");
		redirect.addFlashAttribute("confirmError", "security.confirmWrong");
		return false;
	}

	/** Shows the codes just made, once; reloading the page shows them no more. */
	@GetMapping(CODES_PAGE)
	String codes(Model model) {
		if (!model.containsAttribute("recoveryCodes")) {
			return "redirect:" + SecondFactorFilter.SECURITY_PAGE;
		}
		model.addAttribute("continueTo",
				isEnrolling() ? SecondFactorFilter.SECOND_FACTOR_PAGE : SecondFactorFilter.SECURITY_PAGE);
		return "identity/recovery-codes";
	}

	private String afterFactorAdded(Account account, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		if (this.recoveryCodes.unused(account.id()) == 0) {
			showOnce(account, redirect);
			return "redirect:" + CODES_PAGE;
		}
		return "redirect:" + SecondFactorFilter.SECURITY_PAGE;
	}

	private void showOnce(Account account, RedirectAttributes redirect) {
		redirect.addFlashAttribute("recoveryCodes", this.recoveryCodes.renew(account.id()));
		this.audit.recordAs(account.username(), SignInFactors.RECOVERY_CODES_RENEWED, SignInFactors.target(account),
				null);
	}

	private String appPage(Account account, Model model) {
		String secret = this.apps.pendingSecret(account.id());
		String uri = otpauthUri(account.username(), secret);
		model.addAttribute("secret", grouped(secret));
		model.addAttribute("otpauthUri", uri);
		model.addAttribute("qrCode", QrCode.svgDataUri(uri));
		return "identity/authenticator";
	}

	/** The address authenticator apps read from the QR code (Key Uri Format). */
	static String otpauthUri(String username, String secret) {
		String issuer = "PEX-BSR Platform";
		String label = encode(issuer) + ":" + encode(username);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=30";
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** In groups of four, easier to type into an app by hand. */
	private static String grouped(String secret) {
		return String.join(" ", secret.split("(?<=\\G.{4})"));
	}

	/**
	 * While the person signed in with a password only and has no second factor yet: what
	 * they set up now gives them their roles.
	 */
	private static boolean isEnrolling() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && SecondFactors.enrolmentAwaited(authentication);
	}

	/** A passkey as the security page lists it. */
	record Passkey(String id, String label, @Nullable LocalDate created, @Nullable LocalDate lastUsed) {

		static Passkey of(CredentialRecord record) {
			return new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(),
					day(record.getCreated()), day(record.getLastUsed()));
		}

		private static @Nullable LocalDate day(@Nullable Instant instant) {
			return (instant != null) ? LocalDate.ofInstant(instant, ZoneOffset.UTC) : null;
		}

	}

}
