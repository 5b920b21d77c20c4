package org.pexbsr.evidence.internal;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub's pages without a browser: the explorer as a form and a table, profiles, the
 * regional overview and the studies, each with the figures the API gives and their
 * source.
 */
@PlatformTest
class EvidenceHubPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EvidenceQueries queries;

	@Test
	void linksEveryPartOfTheHubFromTheEvidencePage() {
		Document page = Pages.parse(this.mvc.get().uri("/evidence"));

		assertThat(page.select("#evidence-hub a").eachAttr("href")).containsExactly("/evidence/explore",
				"/evidence/countries", "/evidence/region", "/evidence/studies", "/evidence/case-records");
	}

	@Test
	void showsTheExplorerAsAFormAndATableWithoutScript() {
		Document page = Pages.parse(this.mvc.get().uri("/evidence/explore?geo=SE&from=2013&to=2014"));

		Element cell = page.selectFirst("#explorer-figure-table tr[data-geo=SE] td[data-year=2013]");
		assertThat(cell.hasClass("range")).isTrue();
		assertThat(cell.selectFirst(".figure").text()).isEqualTo("<5");
		assertThat(cell.attr("data-low")).isEqualTo("0");
		assertThat(cell.attr("data-high")).isEqualTo("4");
		assertThat(page.selectFirst("#geo-SE").hasAttr("checked")).isTrue();
		assertThat(page.selectFirst("a.permalink").attr("href")).startsWith("/evidence/explore?dataset=unodc-glotip")
			.contains("geo=SE", "from=2013", "to=2014");
		assertThat(page.selectFirst("#explorer-figure .source").text()).contains("UNODC", "data_glotip.xlsx");
	}

	@Test
	void showsARateOverASuppressedCountAsItsBounds() {
		Document page = Pages.parse(this.mvc.get().uri("/evidence/explore?geo=SE&from=2013&to=2013&measure=rate"));

		Element cell = page.selectFirst("#explorer-figure-table tr[data-geo=SE] td[data-year=2013]");
		assertThat(cell.selectFirst(".figure").text()).matches("0\\.00–0\\.0[0-9]");
	}

	@Test
	void explainsAWrongViewAndShowsTheDefaultInstead() {
		Document page = Pages.parse(this.mvc.get().uri("/evidence/explore?from=2020&to=2010"));

		assertThat(page.selectFirst(".error-summary").text()).contains("from", "2020", "2010");
		assertThat(page.select("#explorer-figure-table tbody tr")).isNotEmpty();
	}

	@Test
	void explainsAValueTheDatasetDoesNotHaveRatherThanShowingEmptyCells() {
		Document page = Pages.parse(this.mvc.get().uri("/evidence/explore?geo=SE&indicator=Detected victims"));

		assertThat(page.selectFirst(".error-summary").text()).contains("indicator", "'Detected victims'");
		assertThat(page.selectFirst("#explorer-figure-table tr[data-geo=SE] td[data-year=2022] .figure").text())
			.isEqualTo("171");
		assertThat(this.mvc.get().uri("/api/v1/evidence/explorer?geo=SE&indicator=Detected victims")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("indicator");
	}

	@Test
	void answersTheExplorerApiWithBoundsForASuppressedCount() {
		assertThat(this.mvc.get().uri("/api/v1/evidence/explorer?geo=SE&from=2013&to=2013")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.series[0].points[0].value").isNull();
				assertThat(json).extractingPath("$.series[0].points[0].low").isEqualTo(0);
				assertThat(json).extractingPath("$.series[0].points[0].high").isEqualTo(4);
				assertThat(json).extractingPath("$.series[0].points[0].sourceLines[0]").isEqualTo(40_858);
			});
	}

	@Test
	void showsAProfileWithTheFiguresOfTheFileAndTheirLines() {
		Document page = Pages.parse(this.mvc.get().uri("/evidence/countries/se"));
		List<Observation> sweden = this.queries.observations(new ObservationQuery("unodc-glotip", null, List.of("SE"),
				List.of("2022"), EvidenceController.DETECTED_VICTIMS_TOTAL, 10, 0));

		Element victims = page.selectFirst("#profile-victims tr[data-row=profile.row.victims]");
		String last = victims.select("td").last().text();
		assertThat(last).isEqualTo(sweden.get(0).display());
		assertThat(victims.select("td").last().attr("title")).contains(String.valueOf(sweden.get(0).sourceLine()));
		assertThat(page.select("#profile-justice tr")).hasSize(4);
		assertThat(page.selectFirst("#profile-source").text()).contains("UNODC");
	}

	@Test
	void countsVictimsWithUkrainianCitizenshipIn2022() {
		Document page = Pages.parse(this.mvc.get().uri("/evidence/countries/de"));

		assertThat(page.selectFirst("#profile-ukrainian td").text()).isEqualTo("184");
	}

	@Test
	void writesTheRegionalFindingsFromTheFigures() {
		Document page = Pages.parse(this.mvc.get().uri("/evidence/region"));

		Element total2022 = page.selectFirst("#region-total td[data-year=2022]");
		assertThat(total2022.hasClass("range")).as("a total over a <5 is a range").isTrue();
		String findings = page.select("#region-findings li").text();
		assertThat(findings).contains(total2022.selectFirst("span").text().replace("–", " and "));
		assertThat(page.select("#region-findings li[data-finding=region.finding.contradiction]").text())
			.contains("Germany", "2022");
		assertThat(page.select("#region-findings li[data-finding=region.finding.breaks.none]")).hasSize(1);
	}

	@Test
	void embedsALiveFigureInAStudyWithItsSource() {
		Document page = Pages.parse(this.mvc.get().uri("/evidence/studies/ukrainian-victims-2022"));

		Element figure = page.selectFirst(".study-figure figure");
		assertThat(figure).isNotNull();
		assertThat(figure.selectFirst("figcaption").text())
			.isEqualTo("Detected victims with Ukrainian citizenship, 2020 to 2022");
		assertThat(figure.selectFirst("tr[data-geo=DE] td[data-year=2022] .figure").text()).isEqualTo("184");
		assertThat(figure.selectFirst(".evidence-chart").attr("data-src")).startsWith("/api/v1/evidence/explorer?");
		assertThat(page.select("#sources + ul li").text()).contains("UNODC", "data_glotip.xlsx");
		assertThat(Pages.parse(this.mvc.get().uri("/evidence/studies")).select("#studies a").eachAttr("href")).contains(
				"/evidence/studies/ukrainian-victims-2022", "/evidence/studies/sexual-exploitation-in-the-figures");
	}

	@Test
	void marksTheEnglishTitlesAndSummariesOfTheStudiesAsEnglishInAnotherLanguage() {
		Element first = Pages.parse(this.mvc.get().uri("/evidence/studies").header("Accept-Language", "uk"))
			.selectFirst("#studies li");

		assertThat(first.selectFirst("a").attr("lang")).isEqualTo("en");
		assertThat(first.selectFirst("p").attr("lang")).isEqualTo("en");
	}

	@Test
	void answersAnUnknownStudyOrCountryWithNotFound() {
		assertThat(this.mvc.get().uri("/evidence/studies/no-such-study")).hasStatus(404);
		assertThat(this.mvc.get().uri("/evidence/countries/fr")).hasStatus(404);
	}

}
