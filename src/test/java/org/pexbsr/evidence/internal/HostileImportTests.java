package org.pexbsr.evidence.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pexbsr.Pages.assertInert;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What an uploaded file says about itself (its name, the dataset's title, the cells a
 * refusal quotes) is shown as text on the import page, the evidence pages and the audit
 * trail, never as markup.
 */
@PlatformTest
class HostileImportTests {

	static final String HOSTILE = "<script>window.hacked=1</script>\"><img src=x onerror=window.hacked=1>";

	/** A file name cannot hold a slash, which the upload would take for a folder. */
	static final String HOSTILE_FILE_NAME = "\"><img src=x onerror=window.hacked=1><b onmouseover=x>.csv";

	private static final AtomicInteger FILES = new AtomicInteger();

	private static final RequestPostProcessor STEWARD = user("steward").roles("DATA_STEWARD");

	@Autowired
	MockMvcTester mvc;

	@Test
	void showsAHostileDatasetTitleAndFileNameAsTextOnEveryPage() {
		int n = FILES.incrementAndGet();
		String title = "Hostile indicator " + n + " " + HOSTILE;
		String code = "wb-pex-hostile-" + n;

		MvcTestResult posted = upload(HOSTILE_FILE_NAME, worldBank("PEX.HOSTILE." + n, title, "12"), "strict");

		assertThat(posted).hasRedirectedUrl(DatasetImportPageController.UPLOAD);
		Document outcome = page(posted);
		assertInert(outcome, "the import page after the upload");
		assertThat(outcome.selectFirst("#import-outcome").text()).contains(HOSTILE_FILE_NAME, code);
		Document imports = Pages.parse(this.mvc.get().uri(DatasetImportPageController.UPLOAD).with(STEWARD));
		assertInert(imports, "the recent imports");
		assertThat(imports.text()).contains(HOSTILE_FILE_NAME);
		for (String path : List.of("/evidence", "/evidence/datasets/" + code + "/versions",
				"/evidence/datasets/" + code + "/changes", "/evidence/explore?dataset=" + code,
				"/evidence/explore?dataset=" + code + "&geo=SE")) {
			Document shown = Pages.parse(this.mvc.get().uri(path).with(STEWARD));
			assertInert(shown, path);
			assertThat(shown.text()).as(path).contains(title);
		}
	}

	@Test
	void quotesAHostileCellAsTextWhenItRefusesOrLeavesOutARow() {
		int n = FILES.incrementAndGet();
		String csv = worldBank("PEX.REFUSED." + n, "Refused indicator " + n, HOSTILE.replace("\"", "'"));

		Document refused = page(upload(HOSTILE_FILE_NAME, csv, "strict"));
		assertInert(refused, "the refusal");
		assertThat(refused.selectFirst("#import-refusal").text()).contains(HOSTILE_FILE_NAME, "<script>");

		Document lenient = page(upload(HOSTILE_FILE_NAME, csv, "lenient"));
		assertInert(lenient, "the lenient import's list of rows left out");
		assertThat(lenient.selectFirst("#import-outcome").text()).contains("<script>");

		Document audit = Pages.parse(
				this.mvc.get().uri("/admin/audit?action=" + DatasetImports.REFUSED).with(user("admin").roles("ADMIN")));
		assertInert(audit, "the audit trail");
		assertThat(audit.text()).contains(HOSTILE_FILE_NAME);
	}

	@Test
	void refusesADatasetCodeWithMarkupInIt() {
		String csv = worldBank("PEX.\"\"><img src=x onerror=window.hacked=1>", "Coded indicator", "12");

		Document refused = page(upload("API_hostile_code.csv", csv, "strict"));

		assertInert(refused, "the refusal");
		assertThat(refused.selectFirst("#import-refusal").text()).contains("a dataset code may hold only",
				"<img src=x");
	}

	@Test
	void refusesACsvWithAQuoteOutOfPlaceNamingTheLine() {
		String csv = worldBank("PEX.QUOTE", "Quoted indicator", "12").replace("Quoted indicator",
				"Quoted \"indicator\" unescaped");

		Document refused = page(upload("API_quote.csv", csv, "strict"));

		assertThat(refused.selectFirst("#import-refusal").text()).contains("Line 6",
				"cannot be read as worldbank-wdi-csv");
	}

	private MvcTestResult upload(String name, String text, String mode) {
		return this.mvc.post()
			.uri(DatasetImportPageController.UPLOAD)
			.multipart()
			.file(new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8)))
			.param("mode", mode)
			.with(STEWARD)
			.with(csrf())
			.exchange();
	}

	/** The page the upload redirects to, with the flash attributes it carries. */
	private Document page(MvcTestResult posted) {
		return Pages.parse(this.mvc.get()
			.uri(DatasetImportPageController.UPLOAD)
			.with(STEWARD)
			.flashAttrs(posted.getMvcResult().getFlashMap()));
	}

	/** A World Bank bulk CSV of one indicator with a figure for Sweden in 2021. */
	private static String worldBank(String indicatorCode, String indicatorName, String figure) {
		String name = indicatorName.replace("\"", "\"\"");
		return "\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2025-01-01\",\n\n"
				+ "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2021\",\"2022\",\n"
				+ "\"Sweden\",\"SWE\",\"" + name + "\",\"" + indicatorCode + "\",\"" + figure + "\",\"13\",\n"
				+ "\"Norway\",\"NOR\",\"" + name + "\",\"" + indicatorCode + "\",\"5\",\"6\",\n";
	}

}
