package org.pexbsr.identity.internal;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.Role;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sending invitations (administrators for any organisation, managers for their own) and
 * taking one up from the link in the mail.
 */
@Controller
class InvitationController {

	private final Invitations invitations;

	private final InvitationRepository repository;

	private final OrganisationRepository organisations;

	private final SignedInAccount signedIn;

	private final PasswordPolicy policy;

	private final Mailer mailer;

	InvitationController(Invitations invitations, InvitationRepository repository, OrganisationRepository organisations,
			SignedInAccount signedIn, PasswordPolicy policy, Mailer mailer) {
		this.invitations = invitations;
		this.repository = repository;
		this.organisations = organisations;
		this.signedIn = signedIn;
		this.policy = policy;
		this.mailer = mailer;
	}

	@GetMapping("/invitations")
	String list(Principal principal, Locale locale, Model model) {
		Account inviter = this.signedIn.of(principal);
		model.addAttribute("invitationForm",
				new InvitationForm("", null, EnumSet.noneOf(Role.class), MailLanguage.tagOf(locale)));
		return page(inviter, model);
	}

	@PostMapping("/invitations")
	String invite(@Valid @ModelAttribute("invitationForm") InvitationForm form, BindingResult result,
			Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
		Account inviter = this.signedIn.of(principal);
		List<Organisation> allowed = organisationsFor(inviter);
		Organisation organisation = allowed.stream()
			.filter((candidate) -> candidate.id() == Objects.requireNonNullElse(form.organisationId(), -1L))
			.findFirst()
			.orElse(null);
		if (form.organisationId() != null && organisation == null) {
			result.rejectValue("organisationId", "identity.invitation.organisationNotYours");
		}
		if (form.roles() != null && !grantable(inviter).containsAll(form.roles())) {
			result.rejectValue("roles", "identity.invitation.roleNotYours");
		}
		if (!this.mailer.isAvailable()) {
			result.reject("identity.mail.unavailable");
		}
		if (result.hasErrors()) {
			return page(inviter, model);
		}

		Locale language = MailLanguage.locale(Objects.requireNonNullElse(form.language(), "en"));
		if (!this.invitations.invite(Objects.requireNonNull(form.email()), Objects.requireNonNull(organisation),
				Objects.requireNonNull(form.roles()), language, inviter)) {
			result.reject("identity.mail.failed");
			return page(inviter, model);
		}
		redirect.addFlashAttribute("message", "identity.invitation.sent");
		return "redirect:/invitations";
	}

	@PostMapping("/invitations/{id}/revoke")
	String revoke(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		Account inviter = this.signedIn.of(principal);
		Invitation invitation = this.repository.findById(id)
			.orElseThrow(() -> new SignedInAccount.AccountNotFoundException("invitation " + id));
		boolean mayRevoke = organisationsFor(inviter).stream()
			.anyMatch((organisation) -> organisation.id() == invitation.organisationId());
		if (!mayRevoke) {
			throw new AccessDeniedException("Invitation " + id + " is not of an organisation this account manages");
		}
		this.invitations.revoke(id);
		redirect.addFlashAttribute("message", "identity.invitation.revoked");
		return "redirect:/invitations";
	}

	@GetMapping("/invitation/{token}")
	String showAcceptForm(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("invitation", this.invitations.open(token));
		}
		catch (LinkRefusedException ex) {
			return refused(ex, model, response);
		}
		model.addAttribute("accountForm", AccountDetailsForm.EMPTY);
		model.addAttribute("token", token);
		return "identity/invitation";
	}

	@PostMapping("/invitation/{token}")
	String accept(@PathVariable String token, @Valid @ModelAttribute("accountForm") AccountDetailsForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Invitation invitation;
		try {
			invitation = this.invitations.open(token);
		}
		catch (LinkRefusedException ex) {
			return refused(ex, model, response);
		}
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		form.checkPassword(this.policy, result, invitation.email());
		if (result.hasErrors()) {
			return "identity/invitation";
		}

		try {
			this.invitations.accept(token, form.trimmedName(), Objects.requireNonNull(form.username()),
					Objects.requireNonNull(form.password()));
		}
		catch (UsernameTakenException ex) {
			// Saying that an account name is taken cannot be avoided when people choose
			// their own; only someone holding a valid invitation can ask, and account
			// names are not e-mail addresses.
			result.rejectValue("username", "identity.username.taken");
			return "identity/invitation";
		}
		catch (LinkRefusedException ex) {
			return refused(ex, model, response);
		}
		redirect.addFlashAttribute("message", "identity.invitation.accepted");
		return "redirect:/login";
	}

	static String refused(LinkRefusedException ex, Model model, HttpServletResponse response) {
		response.setStatus((ex.reason() == LinkRefusedException.Reason.UNKNOWN) ? HttpStatus.NOT_FOUND.value()
				: HttpStatus.GONE.value());
		model.addAttribute("reason", ex.messageCode());
		return "identity/link-refused";
	}

	private String page(Account inviter, Model model) {
		List<Organisation> allowed = organisationsFor(inviter);
		if (allowed.isEmpty() && !inviter.roles().contains(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators and organisation managers send invitations");
		}
		model.addAttribute("organisations", allowed);
		model.addAttribute("grantable", grantable(inviter));
		model.addAttribute("languages", MailLanguage.all());
		model.addAttribute("validityDays", this.invitations.validity().toDays());
		model.addAttribute("mailAvailable", this.mailer.isAvailable());
		model.addAttribute("open", this.repository
			.open(inviter.roles().contains(Role.ADMIN) ? null : allowed.stream().map(Organisation::id).toList()));
		return "identity/invitations";
	}

	private List<Organisation> organisationsFor(Account account) {
		return account.roles().contains(Role.ADMIN) ? this.organisations.all()
				: this.organisations.managedBy(account.id());
	}

	/**
	 * Administrators may give any role; a manager only roles they hold themselves, and
	 * never the administrator's.
	 */
	static Set<Role> grantable(Account inviter) {
		if (inviter.roles().contains(Role.ADMIN)) {
			return EnumSet.allOf(Role.class);
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		roles.addAll(inviter.roles());
		roles.remove(Role.ADMIN);
		return roles;
	}

	/**
	 * @param email where the invitation goes
	 * @param organisationId the organisation the account will belong to
	 * @param roles the roles it will hold
	 * @param language the language of the mail
	 */
	record InvitationForm(
			@NotBlank(message = "{identity.email.required}") @Email(message = "{identity.email.invalid}") @Size(
					max = 320, message = "{identity.email.invalid}") @Nullable String email,
			@NotNull(message = "{identity.organisation.required}") @Nullable Long organisationId,
			@NotEmpty(message = "{identity.roles.required}") @Nullable Set<Role> roles, @Nullable String language) {

	}

}
