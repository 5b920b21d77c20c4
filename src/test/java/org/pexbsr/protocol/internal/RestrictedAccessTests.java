package org.pexbsr.protocol.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.pexbsr.PlatformTest;
import org.pexbsr.content.ContentLibrary;
import org.pexbsr.content.DocumentSummary;
import org.pexbsr.content.PublishedDocument;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The restricted chapters (planning, during the inspection, financial investigation) and
 * their checklists reach investigators only: every other request, by page, API, edition,
 * PDF or offline list, gets 401, 403 or a sign-in redirect and never their text; reading
 * them leaves an audit record.
 */
@PlatformTest
class RestrictedAccessTests {

	private static final Pattern WORDS = Pattern.compile("[\\p{L}][\\p{L}\\p{N} -]{38,}[\\p{L}\\p{N}]");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ContentLibrary content;

	@Autowired
	ProtocolCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusesRestrictedChaptersAndChecklistsToAnonymousReaders() {
		for (String path : restrictedPaths()) {
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			assertThat(result).as(path).hasStatus(HttpStatus.FOUND);
			assertThat(result.getResponse().getRedirectedUrl()).as(path).endsWith("/login");
		}
	}

	@Test
	void refusesThemToAccountsWithAnotherRole() {
		for (String path : restrictedPaths()) {
			assertThat(this.mvc.get().uri(path).with(user("learner").roles("LEARNER", "EDITOR")).exchange()).as(path)
				.hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void givesNoRestrictedTextToAnyAnonymousRequest() throws IOException {
		List<String> secrets = restrictedPassages();
		assertThat(secrets).as("distinctive passages of the restricted chapters and checklists").hasSizeGreaterThan(2);

		List<String> responses = new ArrayList<>();
		for (String path : openPaths()) {
			responses.add(path + "\n" + readable(body(this.mvc.get().uri(path))));
		}
		for (String path : restrictedPaths()) {
			responses.add(path + "\n" + readable(body(this.mvc.get().uri(path))));
		}
		// Every edition is made by the same code from the same chapters; three languages
		// stand for the ten.
		for (String country : List.of("SE", "PL", "DE")) {
			responses.add(country + " pdf\n" + pdfText(country));
		}

		for (String response : responses) {
			for (String secret : secrets) {
				assertThat(response).as("response to %s", response.lines().findFirst().orElse(""))
					.doesNotContain(secret);
			}
		}
	}

	@Test
	void keepsTheRestrictedTextOutOfTheBrowsersCache() {
		List<String> paths = new ArrayList<>(restrictedPaths());
		paths.addAll(List.of("/protocol/editions/SE", "/api/v1/protocol/editions/SE",
				"/api/v1/protocol/editions/SE.pdf", "/search?q=hawala", "/api/v1/search?q=hawala"));
		for (String path : paths) {
			MvcTestResult result = this.mvc.get().uri(path).with(user("investigator").roles("INVESTIGATOR")).exchange();
			assertThat(result).as(path).hasStatusOk();
			assertThat(result.getResponse().getHeader("Cache-Control"))
				.as("%s: kept on the disk of a shared computer, and shown by Back after signing out, unless no-store",
						path)
				.contains("no-store");
		}
	}

	@Test
	void givesTheRestrictedTextToAnInvestigatorAndRecordsTheReading() {
		PublishedDocument planning = this.content
			.published(Chapters.COLLECTION, "planning-an-inspection", Locale.ENGLISH)
			.orElseThrow();
		String passage = passages(planning.html()).get(0);
		long before = reads("protocol/planning-an-inspection");

		MvcTestResult page = this.mvc.get()
			.uri("/protocol/planning-an-inspection")
			.with(user("investigator").roles("INVESTIGATOR"))
			.exchange();

		assertThat(page).hasStatusOk();
		assertThat(readable(body(page))).contains(passage);
		assertThat(page.getResponse().getHeader("Cache-Control")).contains("private");
		assertThat(reads("protocol/planning-an-inspection")).isEqualTo(before + 1);
		assertThat(this.jdbc
			.sql("select actor from identity_audit_record where target = :target order by id desc "
					+ "fetch first 1 rows only")
			.param("target", "protocol/planning-an-inspection")
			.query(String.class)
			.single()).isEqualTo("investigator");
	}

	@Test
	void recordsEachRestrictedChapterAnEditionGivesAnInvestigator() {
		long before = reads("protocol/financial-investigation");

		assertThat(this.mvc.get()
			.uri("/api/v1/protocol/editions/NO")
			.with(user("investigator").roles("INVESTIGATOR"))
			.exchange()).hasStatusOk();

		assertThat(reads("protocol/financial-investigation")).isEqualTo(before + 1);
	}

	@Test
	void answersTheApiWithUnauthorizedRatherThanARedirect() {
		assertThat(this.mvc.get().uri("/api/v1/protocol/editions/SE").exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/protocol/editions/SE/offline").exchange()).bodyJson()
			.extractingPath("$.pages")
			.asArray()
			.noneSatisfy((page) -> assertThat(page.toString()).contains("planning-an-inspection"));
	}

	/** Every route that shows restricted text, and only to investigators. */
	private List<String> restrictedPaths() {
		List<String> paths = new ArrayList<>();
		for (Chapters.Chapter chapter : Chapters.ALL) {
			if (chapter.restricted()) {
				paths.add("/protocol/" + chapter.slug());
				paths.add("/protocol/editions/SE/" + chapter.slug());
			}
		}
		this.catalogue.files()
			.checklists()
			.stream()
			.filter(Checklist::restricted)
			.forEach((checklist) -> paths.add("/protocol/checklists/" + checklist.id()));
		assertThat(paths).hasSizeGreaterThan(6);
		return paths;
	}

	/** Every open route that lists, links or folds in the restricted parts. */
	private List<String> openPaths() {
		List<String> paths = new ArrayList<>(List.of("/protocol", "/protocol/identification-and-indicators",
				"/protocol/checklists", "/protocol/compare", "/protocol/editions", "/protocol/offline",
				"/api/v1/protocol/jurisdictions"));
		for (String country : Jurisdiction.MEMBER_COUNTRIES) {
			paths.add("/protocol/editions/" + country);
			paths.add("/protocol/editions/" + country + "/law");
			paths.add("/api/v1/protocol/editions/" + country);
			paths.add("/api/v1/protocol/editions/" + country + "/offline");
		}
		for (DocumentSummary chapter : this.content.published(Chapters.COLLECTION, Locale.ENGLISH)) {
			if (!chapter.restricted()) {
				paths.add("/protocol/" + chapter.slug());
				paths.add("/protocol/editions/PL/" + chapter.slug());
			}
		}
		return paths;
	}

	/**
	 * Long runs of words from the restricted chapters' text, summaries and the restricted
	 * checklists: what would show if any of it leaked.
	 */
	private List<String> restrictedPassages() {
		String open = openText();
		return allRestrictedPassages().stream().filter((passage) -> !open.contains(passage)).distinct().toList();
	}

	/**
	 * Everything that is open to read anyway: a passage of a restricted chapter that the
	 * open chapters, law records or indicators say too (a source's description, say) is
	 * not what the restriction protects.
	 */
	private String openText() {
		StringBuilder open = new StringBuilder();
		for (DocumentSummary chapter : this.content.published(Chapters.COLLECTION, Locale.ENGLISH)) {
			if (!chapter.restricted()) {
				open.append(readable(this.content.published(Chapters.COLLECTION, chapter.slug(), Locale.ENGLISH)
					.orElseThrow()
					.html())).append(' ');
				open.append(chapter.summary()).append(' ');
			}
		}
		ProtocolFiles files = this.catalogue.files();
		files.indicators()
			.indicators()
			.forEach((indicator) -> open.append(indicator.text()).append(' ').append(indicator.lookFor()).append(' '));
		files.jurisdictions().forEach((jurisdiction) -> open.append(jurisdiction).append(' '));
		return java.text.Normalizer.normalize(open.toString(), java.text.Normalizer.Form.NFKC);
	}

	private List<String> allRestrictedPassages() {
		List<String> passages = new ArrayList<>();
		for (DocumentSummary chapter : this.content.published(Chapters.COLLECTION, Locale.ENGLISH)) {
			if (chapter.restricted()) {
				PublishedDocument document = this.content.published(Chapters.COLLECTION, chapter.slug(), Locale.ENGLISH)
					.orElseThrow();
				passages.addAll(passages(document.html()));
				if (chapter.summary() != null) {
					passages.addAll(passages(chapter.summary()));
				}
			}
		}
		this.catalogue.files().checklists().stream().filter(Checklist::restricted).forEach((checklist) -> {
			checklist.items().forEach((item) -> {
				passages.addAll(passages(item.text()));
				if (item.detail() != null) {
					passages.addAll(passages(item.detail()));
				}
			});
		});
		return passages;
	}

	private static List<String> passages(String html) {
		String text = org.jsoup.Jsoup.parse(html).text();
		List<String> found = new ArrayList<>();
		Matcher words = WORDS.matcher(text);
		while (words.find()) {
			found.add(words.group().substring(0, Math.min(60, words.group().length())));
		}
		return found;
	}

	/**
	 * A response as a reader sees it: tags, entities, line breaks and ligatures undone,
	 * so that a leaked passage cannot hide behind its markup.
	 */
	private static String readable(String body) {
		String text = org.jsoup.Jsoup.parse(body.replace("\\n", " ")).text();
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
	}

	private long reads(String target) {
		return this.jdbc.sql("select count(*) from identity_audit_record where action = :action and target = :target")
			.param("action", RestrictedReading.READ)
			.param("target", target)
			.query(Long.class)
			.single();
	}

	private String pdfText(String country) throws IOException {
		MvcTestResult result = this.mvc.get().uri("/api/v1/protocol/editions/{cc}.pdf", country).exchange();
		assertThat(result).hasStatusOk();
		try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			return readable(new PDFTextStripper().getText(document));
		}
	}

	private static String body(MockMvcRequestBuilder request) {
		return body(request.exchange());
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
