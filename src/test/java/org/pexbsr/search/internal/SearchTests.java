package org.pexbsr.search.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;
import org.pexbsr.content.internal.TestDocuments;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search over the shared platform's real content: chapters by phrase, provisions by
 * citation, restricted chapters kept to investigators, hostile and broken queries
 * answered plainly, and documents indexed again as they are published.
 */
@PlatformTest
class SearchTests {

	private static final AtomicInteger DOCUMENTS = new AtomicInteger();

	private static final RequestPostProcessor INVESTIGATOR = SecurityMockMvcRequestPostProcessors.user("investigator")
		.roles("INVESTIGATOR");

	private static final RequestPostProcessor EDITOR = SecurityMockMvcRequestPostProcessors.user("editor")
		.roles("EDITOR", "ADMIN");

	/**
	 * A word that appears only in chapter 7, Financial investigation, which is
	 * restricted.
	 */
	private static final String RESTRICTED_WORD = "hawala";

	private static final List<String> RESTRICTED_CHAPTERS = List.of("/protocol/planning-an-inspection",
			"/protocol/during-the-inspection", "/protocol/financial-investigation");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void findsAPhraseOfTheLegalFrameworkChapterFirst() {
		assertThat(api("\"the definition comes from article 3 of the Palermo Protocol\"", "en")).bodyJson()
			.extractingPath("$.hits[0]")
			.satisfies((hit) -> assertThat(hit.toString()).contains("href=/protocol/legal-framework")
				.contains("kind=chapter")
				.contains("<mark>Palermo</mark>"));
	}

	@Test
	void findsTheProvisionsOfPolandAndGermanyByTheirCitation() {
		assertThat(api("189a", "en")).bodyJson()
			.extractingPath("$.hits[?(@.kind == 'provision')].href")
			.asArray()
			.contains("/protocol/editions/PL/law#pl-kk-189a");
		assertThat(api("232 StGB", "en")).bodyJson()
			.extractingPath("$.hits[0].href")
			.isEqualTo("/protocol/editions/DE/law#de-stgb-232");
	}

	@Test
	void findsWordsWithTheirDiacriticsLeftOut() {
		assertThat(api("handel ludzmi", "en")).bodyJson()
			.extractingPath("$.hits[*].href")
			.asArray()
			.contains("/protocol/editions/PL/law#pl-kk-189a");
	}

	@Test
	void findsIndicatorsAndDatasetsByKind() {
		assertThat(api("deceived about the kind of work", "en", "kind=indicator")).bodyJson()
			.extractingPath("$.hits[0].href")
			.isEqualTo("/protocol/identification-and-indicators#adult-deceived-about-nature-of-work");
		assertThat(api("UNODC", "en", "kind=dataset")).bodyJson()
			.extractingPath("$.hits[*].href")
			.asArray()
			.contains("/evidence/explore?dataset=unodc-glotip");
	}

	@Test
	void keepsRestrictedChaptersFromAnonymousCallersAndOtherRoles() throws Exception {
		for (RequestPostProcessor caller : List.of(anonymous(), EDITOR)) {
			MvcTestResult result = this.mvc.get()
				.uri("/api/v1/search?q=" + RESTRICTED_WORD + "&lang=en")
				.with(caller)
				.exchange();
			assertThat(result).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(0);
			assertThat(result.getResponse().getContentAsString()).doesNotContain("financial-investigation",
					"Financial investigation", "<mark>");
		}
		MvcTestResult inspection = this.mvc.get().uri("/api/v1/search?q=inspection&lang=en&kind=chapter").exchange();
		assertThat(inspection).bodyJson().extractingPath("$.total").asNumber().isNotEqualTo(0);
		assertThat(inspection).bodyJson()
			.extractingPath("$.hits[*].href")
			.asArray()
			.isNotEmpty()
			.doesNotContainAnyElementsOf(RESTRICTED_CHAPTERS);
		Document page = Pages.parse(this.mvc.get().uri("/search?q=" + RESTRICTED_WORD));
		assertThat(page.select("#search-hits li")).isEmpty();
		assertThat(page.select("main").text()).doesNotContain("Financial investigation");
	}

	@Test
	void findsRestrictedChaptersForInvestigatorsAndRecordsTheReading() {
		int before = shownRecords();

		assertThat(this.mvc.get().uri("/api/v1/search?q=" + RESTRICTED_WORD + "&lang=en").with(INVESTIGATOR))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.hits[0]")
			.satisfies((hit) -> assertThat(hit.toString()).contains("href=/protocol/financial-investigation")
				.contains("restricted=true")
				.contains("<mark>hawala</mark>"));
		assertThat(shownRecords()).isEqualTo(before + 1);
		Document page = Pages.parse(this.mvc.get().uri("/search?q=" + RESTRICTED_WORD).with(INVESTIGATOR));
		assertThat(page.select("#search-hits a").eachAttr("href")).contains("/protocol/financial-investigation");
	}

	@Test
	void echoesAHostileQueryAsInertText() throws Exception {
		String hostile = "<script>alert(1)</script>";
		MvcTestResult result = this.mvc.get().uri("/search").param("q", hostile).exchange();
		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString();
		assertThat(html).doesNotContain(hostile).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		Document page = Pages.parse(result);
		assertThat(page.select("#search-query").attr("value")).isEqualTo(hostile);
		assertThat(page.select("main script")).isEmpty();
		assertThat(this.mvc.get().uri("/api/v1/search").param("q", hostile)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.query")
			.isEqualTo(hostile);
	}

	@Test
	void answersBrokenQuerySyntaxWithoutAnError() {
		for (String broken : List.of("\"unbalanced", "AND OR (", ")(", "*", "~", "-", "+|", "\\", "title:x", "a~9",
				"\"\"", "[to]", "?")) {
			assertThat(this.mvc.get().uri("/search").param("q", broken)).as(broken).hasStatusOk();
			assertThat(this.mvc.get().uri("/api/v1/search").param("q", broken)).as(broken).hasStatusOk();
		}
		assertThat(api("\"palermo protocol", "en")).bodyJson().extractingPath("$.total").asNumber().isNotEqualTo(0);
		assertThat(this.mvc.get().uri("/api/v1/search").param("q", "x".repeat(201))).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/v1/search?q=palermo&kind=poem")).hasStatus(400);
		assertThat(this.mvc.get().uri("/search?q=palermo&kind=poem&page=abc")).hasStatusOk();
	}

	@Test
	void showsHitsByKindTenToAPage() {
		Document first = Pages.parse(this.mvc.get().uri("/search?q=trafficking"));
		assertThat(first.select("#search-hits > li")).hasSize(Search.PAGE_SIZE);
		assertThat(first.select(".search-filters a").eachAttr("href")).contains("/search?q=trafficking&kind=provision");
		String next = first.select(".pager a[rel=next]").attr("href");
		assertThat(next).isEqualTo("/search?q=trafficking&page=2");
		Document second = Pages.parse(this.mvc.get().uri(next));
		assertThat(second.select("#search-hits h2 a").eachAttr("href"))
			.doesNotContainAnyElementsOf(first.select("#search-hits h2 a").eachAttr("href"));
		Document provisions = Pages.parse(this.mvc.get().uri("/search?q=trafficking&kind=provision"));
		assertThat(provisions.select("#search-hits > li").eachAttr("data-kind")).containsOnly("PROVISION");
	}

	@Test
	void indexesAPublishedDocumentAgainInEveryLanguage() {
		String slug = "search-probe-" + DOCUMENTS.incrementAndGet();
		String marker = "probeword" + DOCUMENTS.get();
		TestDocuments.publish(this.context, "studies", "en", slug, "Shelters in the region",
				"People who have been trafficked find help in shelters. " + marker);
		assertThat(api(marker, "uk")).bodyJson().extractingPath("$.hits[*].lang").asArray().containsExactly("en");

		TestDocuments.publish(this.context, "studies", "uk", slug, "Притулки в регіоні",
				"Постраждалі від торгівлі людьми знаходять допомогу в притулках. " + marker);

		assertThat(api(marker, "uk")).bodyJson().extractingPath("$.hits[*].lang").asArray().containsExactly("uk");
		assertThat(api(marker, "en")).bodyJson().extractingPath("$.hits[*].lang").asArray().containsExactly("en");
		assertThat(api("притулок", "uk")).bodyJson()
			.extractingPath("$.hits[*].href")
			.asArray()
			.contains("/evidence/studies/" + slug);
		assertThat(api("притулок", "uk")).bodyJson()
			.extractingPath("$.hits[0].snippet")
			.asString()
			.contains("<mark>притулках</mark>");

		TestDocuments.publish(this.context, "studies", "en", slug, "Shelters in the region",
				"The text was rewritten. " + marker + "b");
		assertThat(api(marker + "b", "en")).bodyJson().extractingPath("$.total").isEqualTo(1);
		assertThat(api(marker, "en")).bodyJson().extractingPath("$.total").isEqualTo(0);
	}

	@Test
	void findsADatasetOnceItIsImported() {
		String word = "searchprobe" + DOCUMENTS.incrementAndGet();
		String marker = "crim_thb_" + word;
		assertThat(api(word, "en", "kind=dataset")).bodyJson().extractingPath("$.total").isEqualTo(0);

		MockMultipartFile file = new MockMultipartFile("file", marker + ".tsv", "text/tab-separated-values",
				"freq,unit,sex,geo\\TIME_PERIOD\t2021 \t2022 \nA,NR,F,SE\t12 \t13 \n".getBytes(StandardCharsets.UTF_8));
		assertThat(this.mvc.post()
			.uri("/api/v1/evidence/imports")
			.multipart()
			.file(file)
			.with(SecurityMockMvcRequestPostProcessors.user("steward").roles("DATA_STEWARD"))
			.with(SecurityMockMvcRequestPostProcessors.csrf())).hasStatus(201);

		assertThat(api(word, "en", "kind=dataset")).bodyJson()
			.extractingPath("$.hits[*].href")
			.asArray()
			.containsExactly("/evidence/explore?dataset=eurostat-" + marker.replace('_', '-'));
	}

	@Test
	void isDescribedInTheApiDocumentation() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).bodyJson()
			.extractingPath("$.paths['/api/v1/search'].get.parameters[*].name")
			.asArray()
			.contains("q", "lang", "kind", "page");
	}

	@Test
	void offersTheSearchBoxInTheHeaderOfEveryPage() {
		Document home = Pages.parse(this.mvc.get().uri("/"));
		Element box = home.selectFirst("header form[role=search]");
		assertThat(box).isNotNull();
		assertThat(box.attr("action")).isEqualTo("/search");
		assertThat(box.select("label[for=site-search-query]").text()).isEqualTo("Search the platform");
	}

	private MvcTestResult api(String query, String lang, String... more) {
		StringBuilder uri = new StringBuilder("/api/v1/search?lang=").append(lang);
		for (String parameter : more) {
			uri.append('&').append(parameter);
		}
		return this.mvc.get().uri(uri.toString() + "&q={q}", query).exchange();
	}

	private int shownRecords() {
		return this.jdbc.sql("select count(*) from identity_audit_record where action = :action and target = :target")
			.param("action", Search.RESTRICTED_SHOWN)
			.param("target", "protocol/financial-investigation")
			.query(Integer.class)
			.single();
	}

	private static RequestPostProcessor anonymous() {
		return SecurityMockMvcRequestPostProcessors.anonymous();
	}

}
