package org.pexbsr.protocol.internal;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Investigation Protocol's pages, with the first chapter loaded from
 * {@code content/protocol/}.
 */
@PlatformTest
class ProtocolPageTests {

	private static final RequestPostProcessor INVESTIGATOR = SecurityMockMvcRequestPostProcessors.user("investigator")
		.roles("INVESTIGATOR");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProtocolCatalogue catalogue;

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
	void marksTheEnglishTitlesAndSummariesOfTheListAsEnglishInAnotherLanguage() {
		Element first = Pages.parse(this.mvc.get().uri("/protocol").header("Accept-Language", "uk"))
			.selectFirst(".chapter-list li");

		assertThat(first.selectFirst("a").attr("lang")).isEqualTo("en");
		assertThat(first.selectFirst("p").attr("lang")).isEqualTo("en");
		assertThat(first.selectFirst(".tag").text()).isEqualTo("Англійською");
		assertThat(first.selectFirst(".tag").hasAttr("lang")).as("the tag is written in Ukrainian").isFalse();
	}

	@Test
	void showsTheIndicatorTablesWithAnAnchorForEachAndTheirLinks() {
		Document page = Pages.parse(this.mvc.get().uri("/protocol/identification-and-indicators"));
		Indicators indicators = this.catalogue.files().indicators();
		Indicators.Indicator first = indicators.indicators().get(0);

		assertThat(page.select("tr.indicator").eachAttr("id")).containsExactlyInAnyOrderElementsOf(
				indicators.indicators().stream().map(Indicators.Indicator::id).toList());
		assertThat(page.select(".indicator-list h2").eachText())
			.containsExactlyElementsOf(indicators.lists().stream().map(Indicators.Group::title).toList());
		Element row = page.getElementById(first.id());
		assertThat(row.selectFirst("a.proves").attr("href")).isEqualTo("/protocol/compare#element-" + first.proves());
		assertThat(page.select(".prose h2")).isNotEmpty();
	}

	@Test
	void linksAnIndicatorToTheOpenChecklistItemThatLooksForIt() {
		Checklist open = this.catalogue.files()
			.checklists()
			.stream()
			.filter((checklist) -> checklist.items().anyMatch((item) -> !item.indicators().isEmpty()))
			.findFirst()
			.orElseThrow();
		Checklist.Item item = open.items()
			.filter((candidate) -> !candidate.indicators().isEmpty())
			.findFirst()
			.orElseThrow();
		String indicator = item.indicators().get(0);

		Document indicators = Pages
			.parse(this.mvc.get().uri("/protocol/identification-and-indicators").with(INVESTIGATOR));
		Document checklist = Pages.parse(this.mvc.get().uri("/protocol/checklists/{id}", open.id()).with(INVESTIGATOR));

		assertThat(indicators.getElementById(indicator).select("a.checklist-item-link").eachAttr("href"))
			.contains("/protocol/checklists/" + open.id() + "#" + item.id());
		assertThat(checklist.getElementById(item.id()).select(".checklist__indicators a").eachAttr("href"))
			.contains("/protocol/identification-and-indicators#" + indicator);
	}

	@Test
	void showsAChecklistAsAPlainListWithoutScript() {
		Checklist open = this.catalogue.files().checklists().get(0);

		Document page = Pages.parse(this.mvc.get().uri("/protocol/checklists/{id}", open.id()).with(INVESTIGATOR));

		assertThat(page.select("li.checklist__item").eachAttr("id"))
			.containsExactlyElementsOf(open.items().map(Checklist.Item::id).toList());
		assertThat(page.select("input[type=checkbox]")).isEmpty();
		assertThat(page.select("form")).hasSize(page.select("header form").size());
		assertThat(page.select("script").eachAttr("src")).contains("/js/protocol-checklist.js");
	}

	@Test
	void laysTheTenNationalOffencesSideBySide() {
		Document page = Pages.parse(this.mvc.get().uri("/protocol/compare"));

		assertThat(page.select("#comparison thead th[data-country]").eachAttr("data-country"))
			.containsExactlyElementsOf(Jurisdiction.MEMBER_COUNTRIES);
		assertThat(page.select("#comparison tbody tr").eachAttr("id")).containsExactly("element-act", "element-means",
				"element-purpose", "element-age", "element-penalty", "element-citation");
		assertThat(page.selectFirst("#element-age td[data-country=DE]").text()).isEqualTo("21");
		assertThat(page.selectFirst("#element-citation td[data-country=PL]").text()).contains("189a")
			.contains("checked");
		Jurisdiction unverified = this.catalogue.files()
			.countries()
			.stream()
			.filter((country) -> country.mainOffence().map((p) -> !p.verified()).orElse(false))
			.findFirst()
			.orElseThrow();
		assertThat(page.selectFirst("#element-citation td[data-country=" + unverified.code() + "]").text())
			.contains("Not verified");
	}

	@Test
	void showsNoSummaryOfARestrictedChapterToAnonymousReaders() {
		Document chapters = Pages.parse(this.mvc.get().uri("/protocol"));

		Element planning = chapters.selectFirst(".chapter-list a[href=/protocol/planning-an-inspection]").parent();
		assertThat(planning.select(".tag").eachText()).contains("Law enforcement only");
		assertThat(planning.select("p")).isEmpty();
	}

	@Test
	void answersAnUnknownChapterWithNotFound() {
		assertThat(this.mvc.get().uri("/protocol/no-such-chapter")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
