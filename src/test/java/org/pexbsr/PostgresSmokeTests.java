package org.pexbsr;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The platform's main paths once more on PostgreSQL, as an installation with the
 * {@code postgres} profile runs.
 */
@PlatformTest
@PostgresDatabase
class PostgresSmokeTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnPostgresql() {
		assertThat(this.jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
	}

	@Test
	void showsTheEvidenceTable() {
		Document page = Pages.parse(this.mvc.get().uri("/evidence"));

		assertThat(page.selectFirst("#victims-table tr[data-geo=SE] td[data-year=2022]").text()).isEqualTo("171");
		assertThat(page.selectFirst("#victims-table tr[data-geo=SE] td[data-year=2013]").text()).isEqualTo("<5");
	}

	@Test
	void showsTheFirstProtocolChapter() {
		Document chapter = Pages.parse(this.mvc.get().uri("/protocol/legal-framework"));

		assertThat(chapter.selectFirst("h1").text()).isEqualTo("Legal framework");
	}

	@Test
	void answersTheEvidenceApi() {
		assertThat(this.mvc.get().uri("/api/v1/evidence/observations?dataset=wb-sp-pop-totl&geo=UA&time=2023"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.observations[0].value")
			.isEqualTo(37_732_836);
	}

	@Test
	void signsInWithAConfiguredAccount() {
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", "editor")
			.param("password", "editor-password")).hasRedirectedUrl("/");
	}

}
