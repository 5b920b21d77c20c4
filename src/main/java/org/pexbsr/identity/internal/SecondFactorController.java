package org.pexbsr.identity.internal;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in, for accounts that need a second factor: a code from the
 * authenticator app, a passkey (with JavaScript), or a recovery code. The page works
 * without JavaScript for the two codes.
 */
@Controller
class SecondFactorController {

	/** Wrong codes one sign-in may try before it must start again with the password. */
	static final int ATTEMPTS = 5;

	private static final String FAILURES = SecondFactorController.class.getName() + ".failures";

	private final SignedInAccount signedIn;

	private final SignInFactors factors;

	private final AuthenticatorApps apps;

	private final SignInRateLimit limits;

	SecondFactorController(SignedInAccount signedIn, SignInFactors factors, AuthenticatorApps apps,
			SignInRateLimit limits) {
		this.signedIn = signedIn;
		this.limits = limits;
		this.factors = factors;
		this.apps = apps;
	}

	@GetMapping(SecondFactorFilter.SECOND_FACTOR_PAGE)
	String show(Principal principal, Model model) {
		if (!isAwaited()) {
			return "redirect:/";
		}
		return page(this.signedIn.of(principal), model);
	}

	@PostMapping(SecondFactorFilter.SECOND_FACTOR_PAGE)
	String code(@RequestParam(name = "code", defaultValue = "") String code, Principal principal, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return pass(code, false, principal, model, request, response);
	}

	@PostMapping(SecondFactorFilter.SECOND_FACTOR_PAGE + "/recovery")
	String recoveryCode(@RequestParam(name = "recoveryCode", defaultValue = "") String code, Principal principal,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return pass(code, true, principal, model, request, response);
	}

	private String pass(String code, boolean recovery, Principal principal, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (!isAwaited()) {
			return "redirect:/";
		}
		Account account = this.signedIn.of(principal);
		if (this.limits.secretsRefused(account)) {
			return endSignIn(request);
		}
		if (code.isBlank() || code.length() > 40 || !this.factors.pass(account, code, recovery, request, response)) {
			this.limits.secretFailed(account);
			if (tooManyFailures(request) || this.limits.secretsRefused(account)) {
				return endSignIn(request);
			}
			model.addAttribute(recovery ? "recoveryError" : "codeError",
					recovery ? "secondFactor.recoveryWrong" : "secondFactor.codeWrong");
			return page(account, model);
		}
		return "redirect:" + SignInFactors.nextPage(request);
	}

	private String page(Account account, Model model) {
		model.addAttribute("hasApp", this.apps.isSetUp(account.id()));
		model.addAttribute("hasPasskey", !this.factors.passkeys(account).isEmpty());
		model.addAttribute("pageScripts", java.util.List.of("/login/webauthn.js", "/js/identity-passkeys.js"));
		return "identity/second-factor";
	}

	private static String endSignIn(HttpServletRequest request) {
		request.getSession().invalidate();
		SecurityContextHolder.clearContext();
		return "redirect:/login?tooManyCodes";
	}

	private static boolean tooManyFailures(HttpServletRequest request) {
		Object counted = request.getSession().getAttribute(FAILURES);
		int failures = ((counted instanceof Integer number) ? number : 0) + 1;
		request.getSession().setAttribute(FAILURES, failures);
		return failures >= ATTEMPTS;
	}

	private static boolean isAwaited() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && SecondFactors.awaited(authentication);
	}

}
