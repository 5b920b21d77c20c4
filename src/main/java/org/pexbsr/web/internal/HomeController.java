package org.pexbsr.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front page: one way into each of the programme's four lines of work.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "web/home";
	}

}
