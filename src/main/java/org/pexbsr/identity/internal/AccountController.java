package org.pexbsr.identity.internal;

import java.security.Principal;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in person's own page: who the platform thinks they are, and the way to their
 * password, their data and, for managers, invitations.
 */
@Controller
class AccountController {

	private final SignedInAccount signedIn;

	private final OrganisationRepository organisations;

	AccountController(SignedInAccount signedIn, OrganisationRepository organisations) {
		this.signedIn = signedIn;
		this.organisations = organisations;
	}

	@GetMapping("/account")
	String account(Principal principal, Locale locale, Model model) {
		Account account = this.signedIn.of(principal);
		model.addAttribute("account", account);
		model.addAttribute("countryName",
				(account.country() != null) ? Countries.name(account.country(), locale) : null);
		model.addAttribute("managed", this.organisations.managedBy(account.id()));
		return "identity/account";
	}

}
