package org.pexbsr.identity.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What in a page the Content-Security-Policy would block: an inline script, a style
 * element, a style attribute, an event handler, or a missing or loosened policy header.
 */
final class ContentSecurity {

	private ContentSecurity() {
	}

	static List<String> violations(String page, MockHttpServletResponse response) throws UnsupportedEncodingException {
		List<String> violations = new ArrayList<>();
		String policy = response.getHeader("Content-Security-Policy");
		if (policy == null || !policy.contains("script-src 'self'") || !policy.contains("style-src 'self'")
				|| policy.contains("unsafe-inline")) {
			violations.add(page + ": Content-Security-Policy header is " + policy);
		}
		Document document = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		for (Element script : document.select("script")) {
			if (!script.hasAttr("src") || !script.data().isBlank()) {
				violations.add(page + ": inline script " + abbreviated(script));
			}
		}
		for (Element style : document.select("style")) {
			violations.add(page + ": <style> element " + abbreviated(style));
		}
		for (Element styled : document.select("[style]")) {
			violations.add(page + ": style attribute on " + abbreviated(styled));
		}
		for (Element element : document.getAllElements()) {
			element.attributes()
				.asList()
				.stream()
				.filter((attribute) -> attribute.getKey().startsWith("on"))
				.forEach((attribute) -> violations.add(page + ": event handler " + attribute));
		}
		return violations;
	}

	private static String abbreviated(Element element) {
		String html = element.outerHtml().replaceAll("\\s+", " ");
		return (html.length() > 120) ? html.substring(0, 120) + "..." : html;
	}

}
