package org.pexbsr.schools.internal;

import org.pexbsr.identity.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The entry page of the school and youth part. The lesson material is not written yet;
 * the page says so.
 */
@Controller
class SchoolsController {

	@GetMapping("/schools")
	String schools() {
		return "schools/index";
	}

	@Bean
	static AccessRules schoolsAccessRules() {
		return (routes) -> routes.requestMatchers(HttpMethod.GET, "/schools").permitAll();
	}

}
