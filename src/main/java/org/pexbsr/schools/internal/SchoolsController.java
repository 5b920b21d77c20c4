package org.pexbsr.schools.internal;

import java.util.Locale;

import org.pexbsr.identity.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The entry page of the school and youth part: where to get help in each country, first,
 * because a young person may come here for that alone. The lesson material is not written
 * yet; the page says so.
 */
@Controller
class SchoolsController {

	private final Helplines helplines;

	SchoolsController(Helplines helplines) {
		this.helplines = helplines;
	}

	@GetMapping("/schools")
	String schools(Locale locale, Model model) {
		model.addAttribute("emergency", this.helplines.emergency());
		model.addAttribute("countries", this.helplines.countries());
		model.addAttribute("locale", locale);
		return "schools/index";
	}

	@Bean
	static AccessRules schoolsAccessRules() {
		return (routes) -> routes.requestMatchers(HttpMethod.GET, "/schools").permitAll();
	}

}
