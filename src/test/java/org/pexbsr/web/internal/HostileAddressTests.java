package org.pexbsr.web.internal;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pexbsr.Pages.assertInert;

/**
 * Addresses and query parameters with markup in them come back as text wherever a page
 * echoes them (the explorer names a choice it does not know). The error pages show only
 * their own fixed text, so a slug that names nothing is never echoed at all.
 */
@PlatformTest
class HostileAddressTests {

	/** No slash, which would end the path segment. */
	static final String HOSTILE = "<img src=x onerror=window.hacked=1>\"'><b onmouseover=window.hacked=1>b";

	@Autowired
	MockMvcTester mvc;

	@Test
	void echoesAHostilePathOrQueryAsText() {
		for (String path : List.of("/protocol/{x}", "/protocol/checklists/{x}", "/protocol/editions/{x}",
				"/evidence/countries/{x}", "/evidence/studies/{x}", "/evidence/datasets/{x}/versions",
				"/evidence/explore?dataset={x}", "/evidence/explore?dataset=unodc-glotip&geo={x}&time={x}",
				"/evidence/case-records?dataset={x}", "/no-such-page/{x}", "/?lang={x}")) {
			var result = this.mvc.get().uri(path, HOSTILE, HOSTILE, HOSTILE).exchange();
			Document page = Pages.parse(result);
			System.out.println(
					"ECHO " + path + " " + result.getResponse().getStatus() + " " + page.text().contains("onerror"));
			assertInert(page, path);
		}
		Document explorer = Pages
			.parse(this.mvc.get().uri("/evidence/explore?dataset=unodc-glotip&geo={x}", HOSTILE).exchange());
		assertThat(explorer.text()).as("the explorer names the country it does not know").contains(HOSTILE);
	}

}
