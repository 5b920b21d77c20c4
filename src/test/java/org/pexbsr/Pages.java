package org.pexbsr;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fetches a page through MockMvc and parses it, so a test can ask for elements rather
 * than search for text.
 */
public final class Pages {

	private Pages() {
	}

	/** The page, which must answer 200. */
	public static Document parse(MockMvcRequestBuilder request) {
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk();
		return parse(result);
	}

	/**
	 * Elements that run code, load another document or restyle the page; no page has any
	 * of them.
	 */
	private static final String FOREIGN_ELEMENTS = "iframe, frame, frameset, object, embed, applet, svg, math, "
			+ "base, link:not([rel=stylesheet][href^=/css/]):not([rel=icon][href^=/images/]), meta[http-equiv], style";

	private static final Set<String> CODE_SCHEMES = Set.of("javascript:", "vbscript:", "data:text/html");

	/**
	 * Asserts that a page holds nothing that runs code: every script is a file of the
	 * platform's own with no inline text, no element carries an event handler, a style
	 * attribute, a {@code srcdoc} or a script address, and there is no frame, object,
	 * SVG, MathML, base, foreign stylesheet, meta refresh or style element.
	 * @param page the parsed page
	 * @param where what the page is, for the message
	 */
	public static void assertInert(Document page, String where) {
		for (Element script : page.select("script")) {
			assertThat(script.attr("src")).as("a script on %s", where).startsWith("/").doesNotStartWith("//");
			assertThat(script.data()).as("inline script on %s", where).isBlank();
		}
		assertThat(page.select(FOREIGN_ELEMENTS)).as("foreign elements on %s", where).isEmpty();
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String key = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
				String described = "attribute " + key + " of <" + element.tagName() + "> on " + where;
				assertThat(key).as(described).doesNotStartWith("on").isNotIn("style", "srcdoc", "formaction");
				assertThat(CODE_SCHEMES).as(described).noneMatch(value::startsWith);
			}
		}
		assertThat(page.select("img[src=x]")).as("injected image on %s", where).isEmpty();
	}

	/** The page whatever its status. */
	public static Document parse(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException("UTF-8 is always supported", ex);
		}
	}

}
