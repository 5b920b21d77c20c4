package org.pexbsr.training.internal;

import org.pexbsr.identity.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The entry page of the training part. The course itself is not written yet; the page
 * says so plainly.
 */
@Controller
class TrainingController {

	@GetMapping("/training")
	String training() {
		return "training/index";
	}

	@Bean
	static AccessRules trainingAccessRules() {
		return (routes) -> routes.requestMatchers(HttpMethod.GET, "/training").permitAll();
	}

}
