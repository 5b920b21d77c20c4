package org.pexbsr.identity.internal;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.CurrentUser;
import org.pexbsr.identity.Role;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's personal access tokens: make one with a name, the roles it may
 * use and how long it works, see it once, see when each was last used, revoke one.
 */
@Controller
class AccessTokenController {

	/** The lifetimes offered, in days; 0 is until it is revoked. */
	static final List<Integer> VALIDITIES = List.of(7, 30, 90, 365, 0);

	private final AccessTokens tokens;

	private final SignedInAccount signedIn;

	private final Clock clock;

	AccessTokenController(AccessTokens tokens, SignedInAccount signedIn, Clock clock) {
		this.tokens = tokens;
		this.signedIn = signedIn;
		this.clock = clock;
	}

	@GetMapping("/account/tokens")
	String list(Principal principal, Model model) {
		Account account = this.signedIn.of(principal);
		model.addAttribute("tokenForm", new TokenForm("", held(account), 30));
		return page(account, model);
	}

	@PostMapping("/account/tokens")
	String create(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		Account account = this.signedIn.of(principal);
		if (!held(account).containsAll(form.chosenRoles())) {
			throw new RoleNotHeldException();
		}
		if (form.validDays() == null || !VALIDITIES.contains(form.validDays())) {
			result.rejectValue("validDays", "tokens.validity.required");
		}
		if (result.hasErrors()) {
			return page(account, model);
		}
		Duration validFor = (form.validDays() == 0) ? null : Duration.ofDays(form.validDays());
		AccessTokens.NewToken made = this.tokens.create(account, form.name(), form.chosenRoles(), validFor);
		redirect.addFlashAttribute("createdToken", made.secret());
		redirect.addFlashAttribute("createdName", made.token().name());
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		if (this.tokens.revoke(this.signedIn.of(principal), id)) {
			redirect.addFlashAttribute("revoked", true);
		}
		return "redirect:/account/tokens";
	}

	private String page(Account account, Model model) {
		model.addAttribute("tokens", this.tokens.of(account));
		model.addAttribute("ownRoles", held(account));
		model.addAttribute("validities", VALIDITIES);
		model.addAttribute("now", OffsetDateTime.now(this.clock));
		return "identity/tokens";
	}

	/**
	 * The roles the account holds and this sign-in uses now: none of those a second
	 * factor still holds back.
	 */
	private static Set<Role> held(Account account) {
		Set<Role> held = EnumSet.noneOf(Role.class);
		held.addAll(account.roles());
		held.retainAll(CurrentUser.get().roles());
		return held;
	}

	/**
	 * @param name what the person calls the token, such as the script that uses it
	 * @param roles the roles it may use, of the person's own
	 * @param validDays how many days it works, 0 for until it is revoked
	 */
	record TokenForm(
			@NotBlank(message = "{tokens.name.required}") @Size(max = 100,
					message = "{tokens.name.required}") @Nullable String name,
			@Nullable Set<Role> roles, @Nullable Integer validDays) {

		Set<Role> chosenRoles() {
			return (this.roles == null || this.roles.isEmpty()) ? EnumSet.noneOf(Role.class)
					: EnumSet.copyOf(this.roles);
		}

	}

	/**
	 * A form sent with a role the person does not hold, which the page never offers: 403.
	 */
	@ResponseStatus(HttpStatus.FORBIDDEN)
	static class RoleNotHeldException extends RuntimeException {

		RoleNotHeldException() {
			super("An access token can carry only roles its account holds");
		}

	}

}
