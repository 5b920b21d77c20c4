package org.pexbsr.identity.internal;

import java.security.Principal;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.AuditTrail;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets a signed-in person choose a new password; the only page open to someone holding a
 * one-time password.
 */
@Controller
class PasswordController {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	private final PasswordPolicy policy;

	private final AuditTrail audit;

	private final SignInRateLimit limits;

	PasswordController(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			AuditTrail audit, SignInRateLimit limits) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.audit = audit;
		this.limits = limits;
	}

	@GetMapping(PasswordChangeFilter.PASSWORD_PAGE)
	String showForm(Model model) {
		model.addAttribute("passwordForm", new PasswordForm("", "", ""));
		return "identity/password";
	}

	@PostMapping(PasswordChangeFilter.PASSWORD_PAGE)
	String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
			Principal principal, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		Account account = this.accounts.findByUsername(principal.getName()).orElseThrow();
		String current = Objects.requireNonNullElse(form.currentPassword(), "");
		if (this.limits.secretsRefused(account) || !this.passwordEncoder.matches(current, account.passwordHash())) {
			this.limits.secretFailed(account);
			result.rejectValue("currentPassword", "identity.password.wrongCurrent");
		}
		if (!result.hasFieldErrors("newPassword")) {
			this.policy.check(form.newPassword(), account.username(), account.email())
				.ifPresent((code) -> result.rejectValue("newPassword", code));
		}
		if (!Objects.equals(form.newPassword(), form.repeatedPassword())) {
			result.rejectValue("repeatedPassword", "identity.password.mismatch");
		}
		if (result.hasErrors()) {
			return "identity/password";
		}

		this.accounts.changePassword(account.username(), this.passwordEncoder.encode(form.newPassword()));
		this.audit.record("identity.password.changed", "identity/account/" + account.id(), null);
		dropPasswordChangeAuthority(request, response);

		redirect.addFlashAttribute("message", "identity.password.changed");
		return "redirect:/";
	}

	private void dropPasswordChangeAuthority(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		List<GrantedAuthority> kept = current.getAuthorities()
			.stream()
			.filter((authority) -> !AccountUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()))
			.map(GrantedAuthority.class::cast)
			.toList();
		UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken
			.authenticated(current.getPrincipal(), null, kept);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(updated);
		SecurityContextHolder.setContext(context);
		this.contextRepository.saveContext(context, request, response);
	}

	record PasswordForm(@Nullable String currentPassword,
			@NotBlank(message = "{identity.password.tooShort}") @Size(min = 12, max = 200,
					message = "{identity.password.tooShort}") @Nullable String newPassword,
			@Nullable String repeatedPassword) {

	}

}
