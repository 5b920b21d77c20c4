package org.pexbsr.protocol.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;
import org.pexbsr.content.ContentLibrary;
import org.pexbsr.content.DocumentSummary;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The national editions: as JSON for phone apps (with an ETag), as a tagged PDF with a
 * table of contents and page numbers, and as pages.
 */
@PlatformTest
class EditionTests {

	private static final Pattern CONTENTS_ENTRY = Pattern.compile("(?m)^(.+?) ?\\.{3,} ?(\\d+)\\s*$");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ContentLibrary content;

	@Autowired
	ProtocolCatalogue catalogue;

	@Test
	void sendsTheEditionAsJsonInTheNationalLanguageWithItsVersion() {
		Map<String, Object> edition = edition(this.mvc.get().uri("/api/v1/protocol/editions/PL").exchange());

		assertThat(edition).containsEntry("country", "PL").containsEntry("lang", "pl");
		assertThat((Integer) edition.get("version")).isPositive();
		assertThat(edition.get("releasedAt")).isNotNull();
		assertThat(edition.get("untranslatedChapters"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.contains("legal-framework");
		assertThat(law(edition).get("code")).isEqualTo("PL");
		assertThat(chapterSlugs(edition)).contains("legal-framework");
	}

	@Test
	void answersNotModifiedWhenTheEditionHasNotChanged() {
		MvcTestResult first = this.mvc.get().uri("/api/v1/protocol/editions/SE?lang=sv").exchange();
		String etag = first.getResponse().getHeader("ETag");

		MvcTestResult again = this.mvc.get()
			.uri("/api/v1/protocol/editions/SE?lang=sv")
			.header("If-None-Match", etag)
			.exchange();
		MvcTestResult otherLanguage = this.mvc.get()
			.uri("/api/v1/protocol/editions/SE?lang=en")
			.header("If-None-Match", etag)
			.exchange();

		assertThat(etag).startsWith("\"").endsWith("\"");
		assertThat(again).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(otherLanguage).hasStatusOk();
	}

	@Test
	void givesAnInvestigatorAnotherEtagThanAnAnonymousReader() {
		String anonymous = this.mvc.get()
			.uri("/api/v1/protocol/editions/FI")
			.exchange()
			.getResponse()
			.getHeader("ETag");
		String investigator = this.mvc.get()
			.uri("/api/v1/protocol/editions/FI")
			.with(user("investigator").roles("INVESTIGATOR"))
			.exchange()
			.getResponse()
			.getHeader("ETag");

		assertThat(investigator).isNotEqualTo(anonymous);
	}

	@Test
	void saysWhichLanguageItIsInAndThatItLeavesOutRestrictedChapters() {
		Map<String, Object> edition = edition(this.mvc.get().uri("/api/v1/protocol/editions/DE?lang=de").exchange());

		assertThat(edition).containsEntry("restrictedIncluded", false);
		List<String> restricted = this.content.published(Chapters.COLLECTION, Locale.GERMAN)
			.stream()
			.filter(DocumentSummary::restricted)
			.map(DocumentSummary::title)
			.toList();

		assertThat(restricted).hasSize(3);
		assertThat(edition.get("restrictedOmitted")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactlyElementsOf(restricted);
		assertThat(edition.get("notice")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.anySatisfy((line) -> assertThat(line.toString()).contains("Deutsch"))
			.anySatisfy((line) -> assertThat(line.toString()).contains(restricted.get(0)));
	}

	@Test
	void namesTheCountryAndTheLanguageAsTheEditionsLanguageWritesThem() {
		Document swedish = Pages.parse(this.mvc.get().uri("/protocol/editions/SE?lang=sv"));
		Document swedishLaw = Pages.parse(this.mvc.get().uri("/protocol/editions/SE/law?lang=sv"));
		Map<String, Object> ukrainian = edition(this.mvc.get().uri("/api/v1/protocol/editions/SE?lang=uk").exchange());

		assertThat(swedish.selectFirst("h1").text()).endsWith(": Sverige");
		assertThat(swedish.selectFirst(".edition-notice p").text()).isEqualTo("Rubriker och gränssnitt på svenska.");
		assertThat(swedishLaw.selectFirst("#law-SE").text()).isEqualTo("Lagen i Sverige");
		assertThat(ukrainian.get("notice")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.first()
			.isEqualTo("Заголовки та інтерфейс мовою: українська.");
	}

	@Test
	@SuppressWarnings("unchecked")
	void sendsTheIndicatorsWithoutLinksToChecklistsTheReaderMayNotSee() {
		Map<String, Object> anonymous = edition(this.mvc.get().uri("/api/v1/protocol/editions/FI").exchange());
		Map<String, Object> investigator = edition(this.mvc.get()
			.uri("/api/v1/protocol/editions/FI")
			.with(user("investigator").roles("INVESTIGATOR"))
			.exchange());

		List<Map<String, Object>> open = (List<Map<String, Object>>) ((Map<String, Object>) anonymous.get("indicators"))
			.get("indicators");
		List<Map<String, Object>> full = (List<Map<String, Object>>) ((Map<String, Object>) investigator
			.get("indicators")).get("indicators");
		assertThat(open).isNotEmpty().hasSameSizeAs(full);
		assertThat(open).allSatisfy((indicator) -> assertThat((List<String>) indicator.get("checklistItems"))
			.allSatisfy((item) -> assertThat(this.catalogue.files().checklistWithItem(item).orElseThrow().restricted())
				.isFalse()));
		assertThat(full)
			.anySatisfy((indicator) -> assertThat((List<String>) indicator.get("checklistItems")).isNotEmpty());
	}

	@Test
	void givesAnInvestigatorTheRestrictedChapters() {
		Map<String, Object> edition = edition(this.mvc.get()
			.uri("/api/v1/protocol/editions/SE")
			.with(user("investigator").roles("INVESTIGATOR"))
			.exchange());

		assertThat(edition).containsEntry("restrictedIncluded", true);
		assertThat(chapterSlugs(edition)).contains("planning-an-inspection", "during-the-inspection",
				"financial-investigation");
	}

	@Test
	void refusesALanguageThePlatformDoesNotOffer() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/protocol/editions/PL?lang=xx").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("lang");
	}

	@Test
	void answersAnUnknownCountryWithNotFound() {
		assertThat(this.mvc.get().uri("/api/v1/protocol/editions/UA").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/api/v1/protocol/editions/UA.pdf").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/protocol/editions/UA").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void printsThePolishEditionWithItsProvisionContentsAndPageNumbers() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf("PL", "pl"))) {
			String text = new PDFTextStripper().getText(document);

			assertThat(text).contains("art. 189a").contains("Przewodnik dla śledczych: Polska");
			assertPageNumbers(document);
			assertContentsPointAtTheirPages(document);
		}
	}

	@Test
	void printsTheGermanEditionWithItsProvisionContentsAndPageNumbers() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf("DE", "de"))) {
			String text = new PDFTextStripper().getText(document);

			assertThat(text).contains("§ 232").contains("Ermittlungsleitfaden: Deutschland");
			assertPageNumbers(document);
			assertContentsPointAtTheirPages(document);
		}
	}

	/** Every page carries its number and the count of pages: "3 / 9" on the third. */
	private static void assertPageNumbers(PDDocument document) throws IOException {
		int pages = document.getNumberOfPages();
		assertThat(pages).isGreaterThan(3);
		for (int page = 1; page <= pages; page++) {
			assertThat(pageText(document, page)).as("page %d", page).contains(page + " / " + pages);
		}
	}

	/** Each line of the table of contents names the page on which its part begins. */
	private static void assertContentsPointAtTheirPages(PDDocument document) throws IOException {
		java.util.regex.Matcher entries = CONTENTS_ENTRY.matcher(pageText(document, 2));
		int found = 0;
		while (entries.find()) {
			found++;
			String title = entries.group(1).strip();
			int page = Integer.parseInt(entries.group(2));
			assertThat(pageText(document, page)).as("page %d, named for '%s' in the contents", page, title)
				.contains(title);
		}
		assertThat(found).as("entries in the table of contents").isGreaterThanOrEqualTo(3);
	}

	private static String pageText(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document);
	}

	@Test
	void printsATaggedPdfWithEmbeddedFontsThatCoverPolishAndGermanLetters() throws IOException {
		byte[] pdf = pdf("PL", "pl");

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("pl");
			assertThat(document.getDocumentCatalog().getDocumentOutline()).isNotNull();
			PDFont font = document.getPage(0)
				.getResources()
				.getFont(document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.getName()).contains("DejaVuSans");
			assertThat(font.isEmbedded()).isTrue();
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("ludźmi").doesNotContain("#");
		}
	}

	@Test
	void showsTheEditionPageWithItsVersionLawAndDownloads() {
		Document page = Pages.parse(this.mvc.get().uri("/protocol/editions/PL?lang=pl"));

		assertThat(page.selectFirst("h1").text()).isEqualTo("Przewodnik dla śledczych: Polska");
		assertThat(page.selectFirst("#edition-version").text()).isNotBlank();
		assertThat(page.select(".edition__downloads a").eachAttr("href"))
			.contains("/api/v1/protocol/editions/PL.pdf?lang=pl", "/api/v1/protocol/editions/PL?lang=pl");
		assertThat(page.select("#edition-contents a").eachAttr("href")).contains("/protocol/editions/PL/law",
				"/protocol/editions/PL/legal-framework");
		assertThat(page.selectFirst(".edition-omitted")).isNotNull();
		assertThat(page.select("script").eachAttr("src")).contains("/js/protocol-offline.js");
		assertThat(page.selectFirst("#changes .release")).isNotNull();
	}

	@Test
	void foldsTheCountrysLawAndReferralMechanismIntoTheEdition() {
		Document law = Pages.parse(this.mvc.get().uri("/protocol/editions/EE/law"));

		assertThat(law.selectFirst(".provision")).isNotNull();
		assertThat(law.selectFirst("#referral-EE")).isNotNull();
		assertThat(law.select(".provision__facts dt").eachText()).contains("Citation", "Penalty", "Sources");
	}

	@Test
	void marksAStatementNoSourceConfirmsAsNotVerifiedWithItsNote() throws IOException {
		String country = ProtocolApiTests.COUNTRIES.stream()
			.filter((code) -> unverifiedProvision(code) != null)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no record has a statement marked verified: false"));
		Map<String, Object> provision = unverifiedProvision(country);

		Document law = Pages.parse(this.mvc.get().uri("/protocol/editions/{cc}/law", country));

		var marked = law.selectFirst("#" + provision.get("id"));
		assertThat(marked.hasClass("provision--unverified")).isTrue();
		assertThat(marked.selectFirst(".unverified").text()).contains("Not verified")
			.contains(provision.get("verification_note").toString().strip().substring(0, 20));
	}

	@Test
	void listsWhatAKeptCopyNeeds() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/protocol/editions/LV/offline?lang=lv").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.pages")
			.asArray()
			.contains("/protocol/editions/LV", "/protocol/editions/LV/law", "/protocol/editions/LV/legal-framework");
		assertThat(result).bodyJson().extractingPath("$.assets").asArray().contains("/css/pex.css");
		assertThat(result).bodyJson().extractingPath("$.restrictedIncluded").isEqualTo(false);
	}

	private static Map<String, Object> unverifiedProvision(String country) {
		try {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> provisions = (List<Map<String, Object>>) ProtocolApiTests.record(country)
				.get("provisions");
			return provisions.stream().filter((p) -> Boolean.FALSE.equals(p.get("verified"))).findFirst().orElse(null);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private String pdfText(String country, String lang) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf(country, lang))) {
			return new PDFTextStripper().getText(document);
		}
	}

	private byte[] pdf(String country, String lang) {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/protocol/editions/{cc}.pdf?lang={lang}", country, lang)
			.exchange();
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		return result.getResponse().getContentAsByteArray();
	}

	private Map<String, Object> edition(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return this.json.readValue(result.getResponse().getContentAsByteArray(), new TypeReference<>() {
		});
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> law(Map<String, Object> edition) {
		return (Map<String, Object>) edition.get("law");
	}

	@SuppressWarnings("unchecked")
	private static List<String> chapterSlugs(Map<String, Object> edition) {
		return ((List<Map<String, Object>>) edition.get("chapters")).stream()
			.map((chapter) -> chapter.get("slug").toString())
			.toList();
	}

}
