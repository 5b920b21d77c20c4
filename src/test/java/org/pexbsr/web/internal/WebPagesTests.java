package org.pexbsr.web.internal;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shell every page shares: the front page, languages, error pages and security
 * headers.
 */
@PlatformTest
class WebPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void leadsFromTheFrontPageToTheFourParts() {
		Document home = Pages.parse(this.mvc.get().uri("/"));

		assertThat(home.select(".cards a").eachAttr("href")).containsExactly("/protocol", "/training", "/evidence",
				"/schools");
		assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void servesEveryPartWithoutSigningIn() {
		for (String path : new String[] { "/protocol", "/training", "/evidence", "/schools" }) {
			assertThat(this.mvc.get().uri(path)).as(path).hasStatusOk();
		}
	}

	@Test
	void followsTheBrowserLanguage() {
		Document home = Pages.parse(this.mvc.get().uri("/").header("Accept-Language", "uk-UA,uk;q=0.9,en;q=0.5"));

		assertThat(home.selectFirst("html").attr("lang")).isEqualTo("uk");
		assertThat(home.selectFirst("h1").text())
			.isEqualTo("Разом проти торгівлі людьми з метою сексуальної експлуатації");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			de | PEX-BSR-Plattform   | Ermittlungsleitfaden     | Schulung    | Daten      | Schule und Jugend
			pl | Platforma PEX-BSR   | Przewodnik dla śledczych | Szkolenie   | Statystyki | Szkoły i młodzież
			sv | PEX-BSR-plattformen | Utredningshandbok        | Utbildning  | Statistik  | Skola och unga
			fi | PEX-BSR-alusta      | Tutkintaopas             | Koulutus    | Tilastot   | Koulut ja nuoret
			""")
	void translatesTheFrontPageTitleAndNavigation(String language, String title, String protocol, String training,
			String evidence, String schools) {
		Document home = Pages.parse(this.mvc.get().uri("/").header("Accept-Language", language));

		assertThat(home.selectFirst("html").attr("lang")).isEqualTo(language);
		assertThat(home.title()).isEqualTo(title);
		assertThat(home.select(".site-nav a").eachText()).containsExactly(protocol, training, evidence, schools);
	}

	@Test
	void takesTheFirstOfferedLanguageTheBrowserAccepts() {
		Document home = Pages.parse(this.mvc.get().uri("/").header("Accept-Language", "fr-FR,fr;q=0.9,uk;q=0.8"));

		assertThat(home.selectFirst("html").attr("lang")).isEqualTo("uk");
	}

	@Test
	void treatsNorwegianAsBokmal() {
		Document home = Pages.parse(this.mvc.get().uri("/").header("Accept-Language", "no"));

		assertThat(home.selectFirst("html").attr("lang")).isEqualTo("nb");
	}

	@Test
	void fallsBackToEnglishForOtherOrMalformedLanguages() {
		assertThat(
				Pages.parse(this.mvc.get().uri("/").header("Accept-Language", "fr")).selectFirst("html").attr("lang"))
			.isEqualTo("en");
		assertThat(Pages.parse(this.mvc.get().uri("/").header("Accept-Language", ";;q=x"))
			.selectFirst("html")
			.attr("lang")).isEqualTo("en");
	}

	@Test
	void switchesLanguageByLinkAndRemembersIt() {
		MvcTestResult switched = this.mvc.get().uri("/evidence?lang=uk").exchange();
		Document page = Pages.parse(switched);

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("uk");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Огляд даних");
		assertThat(switched).cookies().containsCookie("pex-lang");
		Document next = Pages.parse(this.mvc.get().uri("/").cookie(switched.getResponse().getCookie("pex-lang")));
		assertThat(next.selectFirst("html").attr("lang")).isEqualTo("uk");
	}

	@Test
	void offersEveryLanguageOnEveryPageAsAPlainLink() {
		Document page = Pages.parse(this.mvc.get().uri("/evidence?lang=uk"));

		assertThat(page.select(".language-switch a").eachAttr("hreflang")).containsExactly("en", "da", "de", "et", "fi",
				"is", "lv", "lt", "nb", "pl", "sv", "uk");
		assertThat(page.selectFirst(".language-switch a[hreflang=en]").attr("href")).isEqualTo("/evidence?lang=en");
		assertThat(page.selectFirst(".language-switch a[aria-current=true]").attr("hreflang")).isEqualTo("uk");
	}

	@Test
	void ignoresALanguageItDoesNotOffer() {
		Document page = Pages.parse(this.mvc.get().uri("/?lang=xx"));

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void answersAnUnknownAddressWithANotFoundPage() {
		MvcTestResult result = this.mvc.get().uri("/no/such/page").exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void sendsAStrictContentSecurityPolicy() {
		assertThat(this.mvc.get().uri("/")).headers()
			.hasValue("Content-Security-Policy", SecurityHeaders.EXPECTED_POLICY)
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("X-Content-Type-Options", "nosniff");
	}

	@Test
	void reportsHealthForOperations() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
	}

	/**
	 * The policy as a reviewer reads it, spelled out here so a change to it is a visible
	 * change to this test.
	 */
	static final class SecurityHeaders {

		static final String EXPECTED_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
				+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
				+ "form-action 'self'; frame-ancestors 'none'";

	}

}
