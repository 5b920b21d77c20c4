package org.pexbsr.identity.internal;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the platform stores about people, said in words for everyone and shown from the
 * tables to whoever is signed in; the download of one's own data as JSON; and the erasure
 * of a learner's account at their own request.
 */
@Controller
class PrivacyController {

	private final SignedInAccount signedIn;

	private final PersonalData personalData;

	private final AccountErasure erasure;

	private final JdbcAuditTrail audit;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	PrivacyController(SignedInAccount signedIn, PersonalData personalData, AccountErasure erasure, JdbcAuditTrail audit,
			PasswordEncoder passwordEncoder, Clock clock) {
		this.signedIn = signedIn;
		this.personalData = personalData;
		this.erasure = erasure;
		this.audit = audit;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@GetMapping("/privacy")
	String privacy(@Nullable Principal principal, Model model) {
		if (principal != null) {
			Account account = this.signedIn.of(principal);
			Map<String, Object> data = this.personalData.about(account);
			List<?> records = (List<?>) data.get("auditRecords");
			model.addAttribute("account", account);
			model.addAttribute("data", data);
			model.addAttribute("recordCount", records.size());
			model.addAttribute("recentRecords", records.subList(Math.max(0, records.size() - 20), records.size()));
			model.addAttribute("mayErase", account.isLearnerOnly());
		}
		return "identity/privacy";
	}

	@GetMapping("/account/data")
	ResponseEntity<Map<String, Object>> download(Principal principal) {
		Account account = this.signedIn.of(principal);
		this.audit.record("identity.personal-data.downloaded", "identity/account/" + account.id(), null);
		String name = "pex-bsr-my-data-" + LocalDate.now(this.clock) + ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(this.personalData.about(account));
	}

	@PostMapping("/account/erase")
	String erase(@RequestParam(required = false) @Nullable String password, Principal principal,
			HttpServletRequest request, RedirectAttributes redirect) {
		Account account = this.signedIn.of(principal);
		if (!account.isLearnerOnly()) {
			redirect.addFlashAttribute("message", "identity.privacy.askAdministrator");
			return "redirect:/privacy";
		}
		if (password == null || !this.passwordEncoder.matches(password, account.passwordHash())) {
			redirect.addFlashAttribute("message", "identity.privacy.wrongPassword");
			return "redirect:/privacy";
		}

		this.erasure.erase(account);
		request.getSession().invalidate();
		SecurityContextHolder.clearContext();
		redirect.addFlashAttribute("message", "identity.privacy.erased");
		return "redirect:/";
	}

}
