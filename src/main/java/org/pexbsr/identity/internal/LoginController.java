package org.pexbsr.identity.internal;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Spring Security handles the form post; a failed attempt says the same
 * for an unknown name and a wrong password, so the page never tells which accounts exist.
 * With JavaScript it also offers signing in with a passkey instead of a password.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("pageScripts", List.of("/login/webauthn.js", "/js/identity-passkeys.js"));
		return "identity/login";
	}

}
