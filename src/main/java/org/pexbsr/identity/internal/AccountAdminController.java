package org.pexbsr.identity.internal;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of accounts: find them, see one, change its roles, deactivate
 * or reactivate it, erase it on its owner's request. Every change is audited. An
 * administrator cannot lock themselves out, and the last active administrator keeps the
 * role.
 */
@Controller
class AccountAdminController {

	private final AccountRepository accounts;

	private final OrganisationRepository organisations;

	private final JdbcAuditTrail audit;

	private final AccountErasure erasure;

	private final SignedInAccount signedIn;

	AccountAdminController(AccountRepository accounts, OrganisationRepository organisations, JdbcAuditTrail audit,
			AccountErasure erasure, SignedInAccount signedIn) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.audit = audit;
		this.erasure = erasure;
		this.signedIn = signedIn;
	}

	@GetMapping("/admin/accounts")
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable Long organisation,
			@RequestParam(required = false) @Nullable String status, Model model) {
		Boolean enabled = "active".equals(status) ? Boolean.TRUE : "deactivated".equals(status) ? Boolean.FALSE : null;
		model.addAttribute("accounts",
				this.accounts.search(new AccountRepository.AccountQuery(q, role, organisation, enabled)));
		model.addAttribute("organisations", this.organisations.all());
		model.addAttribute("roles", Role.values());
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("organisation", organisation);
		model.addAttribute("status", status);
		return "identity/admin/accounts";
	}

	@GetMapping("/admin/accounts/{id}")
	String show(@PathVariable long id, Model model) {
		Account account = find(id);
		model.addAttribute("account", account);
		model.addAttribute("roles", Role.values());
		model.addAttribute("managed", this.organisations.managedBy(id));
		model.addAttribute("erasable", !account.roles().contains(Role.ADMIN));
		model.addAttribute("records",
				this.audit.search(new AuditQuery(account.username(), null, null, null, null), 0, 20));
		return "identity/admin/account";
	}

	@PostMapping("/admin/accounts/{id}/roles")
	String changeRoles(@PathVariable long id,
			@RequestParam(name = "roles", required = false) @Nullable List<Role> chosen, Principal principal,
			RedirectAttributes redirect) {
		Account account = find(id);
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (chosen != null) {
			roles.addAll(chosen);
		}
		boolean losesAdmin = account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN);
		if (losesAdmin && (isSelf(account, principal) || isLastAdministrator(account))) {
			redirect.addFlashAttribute("message", "identity.admin.keepAdministrator");
			return "redirect:/admin/accounts/" + id;
		}

		this.accounts.replaceRoles(id, roles);
		this.audit.record("identity.account.roles-changed", "identity/account/" + id,
				Invitations.sorted(account.roles()) + " -> " + Invitations.sorted(roles));
		redirect.addFlashAttribute("message", "identity.admin.rolesChanged");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/deactivate")
	String deactivate(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		Account account = find(id);
		if (isSelf(account, principal) || isLastAdministrator(account)) {
			redirect.addFlashAttribute("message", "identity.admin.keepAdministrator");
			return "redirect:/admin/accounts/" + id;
		}

		this.accounts.setEnabled(id, false);
		this.audit.record("identity.account.deactivated", "identity/account/" + id, null);
		redirect.addFlashAttribute("message", "identity.admin.deactivated");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/reactivate")
	String reactivate(@PathVariable long id, RedirectAttributes redirect) {
		find(id);
		this.accounts.setEnabled(id, true);
		this.audit.record("identity.account.reactivated", "identity/account/" + id, null);
		redirect.addFlashAttribute("message", "identity.admin.reactivated");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/erase")
	String erase(@PathVariable long id, @RequestParam(required = false) @Nullable String confirm, Principal principal,
			RedirectAttributes redirect) {
		Account account = find(id);
		if (isSelf(account, principal) || account.roles().contains(Role.ADMIN)) {
			redirect.addFlashAttribute("message", "identity.admin.eraseAdministrator");
			return "redirect:/admin/accounts/" + id;
		}
		if (!account.username().equals(confirm)) {
			redirect.addFlashAttribute("message", "identity.admin.eraseConfirm");
			return "redirect:/admin/accounts/" + id;
		}

		this.erasure.erase(account);
		redirect.addFlashAttribute("message", "identity.admin.erased");
		return "redirect:/admin/accounts";
	}

	/**
	 * For the person who lost every factor and every recovery code: the administrator,
	 * having checked who is asking by the organisation's own means, removes the factors,
	 * and the next sign-in sets up a new one. Not for one's own account, so that no
	 * single session can strip an administrator's protection.
	 */
	@PostMapping("/admin/accounts/{id}/factors/reset")
	String resetFactors(@PathVariable long id, @RequestParam(required = false) @Nullable String confirm,
			Principal principal, RedirectAttributes redirect) {
		Account account = find(id);
		if (isSelf(account, principal)) {
			redirect.addFlashAttribute("message", "identity.admin.resetFactorsSelf");
			return "redirect:/admin/accounts/" + id;
		}
		if (!account.username().equals(confirm)) {
			redirect.addFlashAttribute("message", "identity.admin.resetFactorsConfirm");
			return "redirect:/admin/accounts/" + id;
		}

		this.accounts.resetFactors(id);
		this.audit.record("identity.account.factors-reset", "identity/account/" + id, null);
		redirect.addFlashAttribute("message", "identity.admin.factorsReset");
		return "redirect:/admin/accounts/" + id;
	}

	private Account find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new SignedInAccount.AccountNotFoundException(id));
	}

	private boolean isSelf(Account account, Principal principal) {
		return this.signedIn.of(principal).id() == account.id();
	}

	private boolean isLastAdministrator(Account account) {
		return account.roles().contains(Role.ADMIN) && account.enabled() && this.accounts.countHolding(Role.ADMIN) <= 1;
	}

}
