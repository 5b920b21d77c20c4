package org.pexbsr.protocol.internal;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Investigation Protocol's pages, with the first chapter loaded from
 * {@code content/protocol/}.
 */
@PlatformTest
class ProtocolPageTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsTheLegalFrameworkChapter() {
		Document chapters = Pages.parse(this.mvc.get().uri("/protocol"));

		assertThat(chapters.select(".chapter-list a").eachText()).contains("Legal framework");
		assertThat(chapters.selectFirst(".chapter-list a").attr("href")).isEqualTo("/protocol/legal-framework");
	}

	@Test
	void showsTheElementsOfTheDefinitionWithAnchors() {
		Document chapter = Pages.parse(this.mvc.get().uri("/protocol/legal-framework"));

		assertThat(chapter.selectFirst("h1").text()).isEqualTo("Legal framework");
		assertThat(chapter.select(".prose h2").eachAttr("id")).contains("act-what-was-done-to-the-person",
				"means-how-the-persons-will-was-overridden", "purpose-exploitation-as-the-aim",
				"children-no-means-needed", "consent-is-irrelevant");
		assertThat(chapter.select(".toc a").eachAttr("href")).contains("#children-no-means-needed",
				"#consent-is-irrelevant");
		assertThat(chapter.selectFirst(".meta").text()).startsWith("Version 1, published");
	}

	@Test
	void citesItsSources() {
		Element prose = Pages.parse(this.mvc.get().uri("/protocol/legal-framework")).selectFirst(".prose");

		assertThat(prose.text()).contains("article 3(b)").contains("A/55/383/Add.1").contains("CETS No. 197");
	}

	@Test
	void showsTheEnglishTextWithANoticeWhereNoTranslationExists() {
		Document chapter = Pages.parse(this.mvc.get().uri("/protocol/legal-framework").header("Accept-Language", "uk"));

		assertThat(chapter.selectFirst("html").attr("lang")).isEqualTo("uk");
		assertThat(chapter.selectFirst("article").attr("lang")).isEqualTo("en");
		assertThat(chapter.selectFirst(".notice").text()).contains("англійською");
	}

	@Test
	void answersAnUnknownChapterWithNotFound() {
		assertThat(this.mvc.get().uri("/protocol/no-such-chapter")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
