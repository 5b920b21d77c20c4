package org.pexbsr.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Self-registration for learners: a registration code from their organisation and an
 * e-mail address bring a link by mail, which leads to the same page as an invitation. The
 * account only ever gets the learner role, whatever the request carries.
 */
@Controller
class RegistrationController {

	private final RegistrationCodeRepository codes;

	private final Invitations invitations;

	private final Mailer mailer;

	private final Clock clock;

	RegistrationController(RegistrationCodeRepository codes, Invitations invitations, Mailer mailer, Clock clock) {
		this.codes = codes;
		this.invitations = invitations;
		this.mailer = mailer;
		this.clock = clock;
	}

	@GetMapping("/register")
	String showForm(Model model) {
		model.addAttribute("registrationForm", new RegistrationForm("", ""));
		model.addAttribute("mailAvailable", this.mailer.isAvailable());
		return "identity/register";
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("registrationForm") RegistrationForm form, BindingResult result,
			Locale locale, Model model, RedirectAttributes redirect) {
		model.addAttribute("mailAvailable", this.mailer.isAvailable());
		Optional<RegistrationCode> code = usableCode(form.code(), result);
		if (!this.mailer.isAvailable()) {
			result.reject("identity.mail.unavailable");
		}
		if (result.hasErrors() || code.isEmpty()) {
			return "identity/register";
		}

		if (!this.invitations.startRegistration(code.get(), Objects.requireNonNull(form.email()), locale)) {
			result.reject("identity.mail.failed");
			return "identity/register";
		}
		redirect.addFlashAttribute("message", "identity.register.sent");
		return "redirect:/register";
	}

	private Optional<RegistrationCode> usableCode(@Nullable String typed, BindingResult result) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		Optional<RegistrationCode> code = this.codes.findByHash(Tokens.hash(Tokens.normaliseCode(typed)));
		if (code.isEmpty()) {
			result.rejectValue("code", "identity.register.codeUnknown");
			return Optional.empty();
		}
		switch (code.get().status(OffsetDateTime.now(this.clock))) {
			case EXPIRED -> result.rejectValue("code", "identity.register.codeExpired");
			case EXHAUSTED -> result.rejectValue("code", "identity.register.codeExhausted");
			case REVOKED -> result.rejectValue("code", "identity.register.codeUnknown");
			case USABLE -> {
				return code;
			}
		}
		return Optional.empty();
	}

	/**
	 * @param code the registration code as typed; case, spaces and dashes do not matter
	 * @param email where the link to finish goes
	 */
	record RegistrationForm(@NotBlank(message = "{identity.register.codeRequired}") @Nullable String code,
			@NotBlank(message = "{identity.email.required}") @Email(message = "{identity.email.invalid}") @Size(
					max = 320, message = "{identity.email.invalid}") @Nullable String email) {

	}

}
