package org.pexbsr.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisations for administrators: add one, rename it, see its people and choose which
 * of them manage it (and so may invite others into it).
 */
@Controller
class OrganisationAdminController {

	private final OrganisationRepository organisations;

	private final AccountRepository accounts;

	private final JdbcAuditTrail audit;

	OrganisationAdminController(OrganisationRepository organisations, AccountRepository accounts,
			JdbcAuditTrail audit) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping("/admin/organisations")
	String list(Locale locale, Model model) {
		model.addAttribute("organisationForm", new OrganisationForm("", ""));
		return listPage(locale, model);
	}

	@PostMapping("/admin/organisations")
	String create(@Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult result, Locale locale,
			Model model, RedirectAttributes redirect) {
		form.checkCountry(result);
		if (result.hasErrors()) {
			return listPage(locale, model);
		}

		long id;
		try {
			id = this.organisations.create(form.trimmedName(), Objects.requireNonNull(form.country()));
		}
		catch (DuplicateKeyException ex) {
			result.rejectValue("name", "identity.organisation.exists");
			return listPage(locale, model);
		}
		this.audit.record("identity.organisation.created", "identity/organisation/" + id, null);
		redirect.addFlashAttribute("message", "identity.organisation.created");
		return "redirect:/admin/organisations/" + id;
	}

	@GetMapping("/admin/organisations/{id}")
	String show(@PathVariable long id, Locale locale, Model model) {
		Organisation organisation = find(id);
		model.addAttribute("organisationForm", new OrganisationForm(organisation.name(), organisation.country()));
		return detailPage(organisation, locale, model);
	}

	@PostMapping("/admin/organisations/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("organisationForm") OrganisationForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
		Organisation organisation = find(id);
		form.checkCountry(result);
		if (result.hasErrors()) {
			return detailPage(organisation, locale, model);
		}

		try {
			this.organisations.rename(id, form.trimmedName(), Objects.requireNonNull(form.country()));
		}
		catch (DuplicateKeyException ex) {
			result.rejectValue("name", "identity.organisation.exists");
			return detailPage(organisation, locale, model);
		}
		this.audit.record("identity.organisation.changed", "identity/organisation/" + id, null);
		redirect.addFlashAttribute("message", "identity.organisation.saved");
		return "redirect:/admin/organisations/" + id;
	}

	@PostMapping("/admin/organisations/{id}/managers")
	String addManager(@PathVariable long id, @RequestParam long account, RedirectAttributes redirect) {
		find(id);
		boolean member = this.accounts.findById(account)
			.map((candidate) -> Objects.equals(candidate.organisationId(), id))
			.orElse(false);
		if (!member) {
			redirect.addFlashAttribute("message", "identity.organisation.managerNotMember");
			return "redirect:/admin/organisations/" + id;
		}

		this.organisations.addManager(id, account);
		this.audit.record("identity.organisation.manager-added", "identity/organisation/" + id, "account " + account);
		redirect.addFlashAttribute("message", "identity.organisation.saved");
		return "redirect:/admin/organisations/" + id;
	}

	@PostMapping("/admin/organisations/{id}/managers/{account}/remove")
	String removeManager(@PathVariable long id, @PathVariable long account, RedirectAttributes redirect) {
		find(id);
		this.organisations.removeManager(id, account);
		this.audit.record("identity.organisation.manager-removed", "identity/organisation/" + id, "account " + account);
		redirect.addFlashAttribute("message", "identity.organisation.saved");
		return "redirect:/admin/organisations/" + id;
	}

	private String listPage(Locale locale, Model model) {
		model.addAttribute("organisations", this.organisations.all());
		model.addAttribute("countries", Countries.all(locale));
		return "identity/admin/organisations";
	}

	private String detailPage(Organisation organisation, Locale locale, Model model) {
		List<Account> members = this.accounts
			.search(new AccountRepository.AccountQuery(null, null, organisation.id(), null));
		List<Long> managerIds = this.organisations.managerIds(organisation.id());
		model.addAttribute("organisation", organisation);
		model.addAttribute("countryName", Countries.name(organisation.country(), locale));
		model.addAttribute("members", members);
		model.addAttribute("managers", members.stream().filter((member) -> managerIds.contains(member.id())).toList());
		model.addAttribute("candidates",
				members.stream().filter((member) -> !managerIds.contains(member.id())).toList());
		model.addAttribute("countries", Countries.all(locale));
		return "identity/admin/organisation";
	}

	private Organisation find(long id) {
		return this.organisations.findById(id)
			.orElseThrow(() -> new SignedInAccount.AccountNotFoundException("organisation " + id));
	}

	/**
	 * @param name the organisation's name as its people write it
	 * @param country its ISO 3166-1 alpha-2 code
	 */
	record OrganisationForm(
			@NotBlank(message = "{identity.organisation.nameRequired}") @Size(max = 200,
					message = "{identity.organisation.nameTooLong}") @Pattern(regexp = "[^\\p{Cntrl}]*",
							message = "{identity.displayName.invalid}") @Nullable String name,
			@Nullable String country) {

		void checkCountry(BindingResult result) {
			if (this.country == null || !Countries.isKnown(this.country)) {
				result.rejectValue("country", "identity.organisation.countryRequired");
			}
		}

		String trimmedName() {
			return Objects.requireNonNull(this.name).strip();
		}

	}

}
