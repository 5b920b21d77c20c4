package org.pexbsr.identity.internal;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registration codes for administrators: make one for an organisation with an expiry and
 * a number of uses, see how far each is used, withdraw one. The code itself is shown
 * once, when it is made; only its hash is kept.
 */
@Controller
class RegistrationCodeController {

	private final RegistrationCodeRepository codes;

	private final OrganisationRepository organisations;

	private final JdbcAuditTrail audit;

	private final SignedInAccount signedIn;

	private final Clock clock;

	RegistrationCodeController(RegistrationCodeRepository codes, OrganisationRepository organisations,
			JdbcAuditTrail audit, SignedInAccount signedIn, Clock clock) {
		this.codes = codes;
		this.organisations = organisations;
		this.audit = audit;
		this.signedIn = signedIn;
		this.clock = clock;
	}

	@GetMapping("/admin/registration-codes")
	String list(Model model) {
		model.addAttribute("codeForm", new CodeForm("", null, 30, LocalDate.now(this.clock).plusMonths(1)));
		return page(model);
	}

	@PostMapping("/admin/registration-codes")
	String create(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		if (form.organisationId() != null && this.organisations.findById(form.organisationId()).isEmpty()) {
			result.rejectValue("organisationId", "identity.organisation.required");
		}
		if (form.expires() != null && !form.expires().isAfter(LocalDate.now(this.clock))) {
			result.rejectValue("expires", "identity.codes.expiresInPast");
		}
		if (result.hasErrors()) {
			return page(model);
		}

		String code = Tokens.newRegistrationCode();
		OffsetDateTime expires = Objects.requireNonNull(form.expires())
			.plusDays(1)
			.atStartOfDay()
			.atOffset(ZoneOffset.UTC);
		long id = this.codes.create(Tokens.hash(Tokens.normaliseCode(code)),
				Objects.requireNonNull(form.label()).strip(), Objects.requireNonNull(form.organisationId()),
				Objects.requireNonNull(form.maxUses()), expires, this.signedIn.of(principal).id(),
				OffsetDateTime.now(this.clock));
		this.audit.record("identity.registration-code.created", "identity/registration-code/" + id,
				"organisation " + form.organisationId() + ", uses " + form.maxUses() + ", expires " + form.expires());
		redirect.addFlashAttribute("createdCode", code);
		redirect.addFlashAttribute("message", "identity.codes.created");
		return "redirect:/admin/registration-codes";
	}

	@PostMapping("/admin/registration-codes/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		if (this.codes.revoke(id, OffsetDateTime.now(this.clock))) {
			this.audit.record("identity.registration-code.revoked", "identity/registration-code/" + id, null);
		}
		redirect.addFlashAttribute("message", "identity.codes.revoked");
		return "redirect:/admin/registration-codes";
	}

	private String page(Model model) {
		model.addAttribute("codes", this.codes.all());
		model.addAttribute("organisations", this.organisations.all());
		model.addAttribute("now", OffsetDateTime.now(this.clock));
		return "identity/admin/registration-codes";
	}

	/**
	 * @param label what the administrator calls the code
	 * @param organisationId the organisation learners join
	 * @param maxUses how many accounts it may create
	 * @param expires the last day it works
	 */
	record CodeForm(
			@NotBlank(message = "{identity.codes.labelRequired}") @Size(max = 200,
					message = "{identity.codes.labelRequired}") @Nullable String label,
			@NotNull(message = "{identity.organisation.required}") @Nullable Long organisationId,
			@NotNull(message = "{identity.codes.usesRange}") @Min(value = 1,
					message = "{identity.codes.usesRange}") @Max(value = 10000,
							message = "{identity.codes.usesRange}") @Nullable Integer maxUses,
			@NotNull(message = "{identity.codes.expiresRequired}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expires) {

	}

}
