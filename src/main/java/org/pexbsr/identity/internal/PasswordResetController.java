package org.pexbsr.identity.internal;

import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Forgot your password?": asking for a link by e-mail, and choosing a new password from
 * it. The answer to the request is the same for every address.
 */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	private final PasswordPolicy policy;

	PasswordResetController(PasswordResets resets, PasswordPolicy policy) {
		this.resets = resets;
		this.policy = policy;
	}

	@GetMapping("/password-reset")
	String showRequestForm(Model model) {
		model.addAttribute("resetRequest", new ResetRequest(""));
		return "identity/password-reset-request";
	}

	@PostMapping("/password-reset")
	String request(@Valid @ModelAttribute("resetRequest") ResetRequest form, BindingResult result, Locale locale,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "identity/password-reset-request";
		}

		this.resets.request(Objects.requireNonNull(form.email()), locale);
		redirect.addFlashAttribute("message", "identity.reset.sent");
		return "redirect:/password-reset";
	}

	@GetMapping("/password-reset/{token}")
	String showNewPasswordForm(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			this.resets.open(token);
		}
		catch (LinkRefusedException ex) {
			return InvitationController.refused(ex, model, response);
		}
		model.addAttribute("newPassword", new NewPasswordForm("", ""));
		model.addAttribute("token", token);
		return "identity/password-reset";
	}

	@PostMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @ModelAttribute("newPassword") NewPasswordForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("token", token);
		try {
			Account account = this.resets.open(token);
			this.policy.check(form.password(), account.username(), account.email())
				.ifPresent((code) -> result.rejectValue("password", code));
			if (!Objects.equals(form.password(), form.repeatedPassword())) {
				result.rejectValue("repeatedPassword", "identity.password.mismatch");
			}
			if (result.hasErrors()) {
				return "identity/password-reset";
			}
			this.resets.complete(token, Objects.requireNonNull(form.password()));
		}
		catch (LinkRefusedException ex) {
			return InvitationController.refused(ex, model, response);
		}
		redirect.addFlashAttribute("message", "identity.reset.done");
		return "redirect:/login";
	}

	/**
	 * @param email the address of the account
	 */
	record ResetRequest(
			@NotBlank(message = "{identity.email.required}") @Email(message = "{identity.email.invalid}") @Size(
					max = 320, message = "{identity.email.invalid}") @Nullable String email) {

	}

	/**
	 * @param password the new password
	 * @param repeatedPassword the new password again
	 */
	record NewPasswordForm(@Nullable String password, @Nullable String repeatedPassword) {

	}

}
