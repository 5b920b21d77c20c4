package org.pexbsr.evidence.internal;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The import API and pages as a data steward uses them, and as everyone else is refused.
 */
@PlatformTest
class DatasetImportApiTests {

	private static final String HEADER = "freq,unit,sex,geo\\TIME_PERIOD\t2021 \t2022 \n";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("steward")
	void importsAStewardsFileAndAnswersWithTheReport() {
		MvcTestResult result = upload("crim_thb_api.tsv", HEADER + "A,NR,F,SE\t12 p\t13 \nA,NR,F,EU27_2020\t1 \t2 \n",
				null);

		assertThat(result).hasStatus(HttpStatus.CREATED).bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.dataset").isEqualTo("eurostat-crim-thb-api");
			assertThat(json).extractingPath("$.version").isEqualTo(1);
			assertThat(json).extractingPath("$.format").isEqualTo("eurostat-tsv");
			assertThat(json).extractingPath("$.rowsTaken").isEqualTo(2);
			assertThat(json).extractingPath("$.rowsSkipped").isEqualTo(1);
			assertThat(json).extractingPath("$.skipped[0].line").isEqualTo(3);
		});
		assertThat(audited("steward", DatasetImports.IMPORTED, "evidence/datasets/eurostat-crim-thb-api/versions/1"))
			.isEqualTo(1);
	}

	@Test
	@WithUserDetails("steward")
	void refusesABadFileWithAProblemDocumentNamingTheLine() {
		long versions = versions();

		MvcTestResult result = upload("crim_thb_api_bad.tsv", HEADER + "A,NR,F,SE\t12 \t13 \nA,NR,F,FI\t1 \t2.x \n",
				null);

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.line").isEqualTo(3);
				assertThat(json).extractingPath("$.detail").asString().startsWith("Line 3: column 2022:");
				assertThat(json).extractingPath("$.status").isEqualTo(422);
			});
		assertThat(versions()).isEqualTo(versions);
		assertThat(audited("steward", DatasetImports.REFUSED, "evidence/imports/crim_thb_api_bad.tsv")).isEqualTo(1);
	}

	@Test
	@WithUserDetails("steward")
	void leavesBadRowsOutAndListsThemWhenAskedToBeLenient() {
		MvcTestResult result = upload("crim_thb_api_lenient.tsv",
				HEADER + "A,NR,F,SE\t12 \t13 \nA,NR,F,FI\t1 \t2.x \nA,NR,F,NO\t3 \t4 \n", "lenient");

		assertThat(result).hasStatus(HttpStatus.CREATED).bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.mode").isEqualTo("lenient");
			assertThat(json).extractingPath("$.rowsTaken").isEqualTo(4);
			assertThat(json).extractingPath("$.rowsRejected").isEqualTo(1);
			assertThat(json).extractingPath("$.rejected[0].line").isEqualTo(3);
			assertThat(json).extractingPath("$.rejected[0].reason").asString().contains("2.x");
		});
	}

	@Test
	@WithUserDetails("steward")
	void answersAFileImportedBeforeAsUnchanged() {
		String text = HEADER + "A,NR,F,LV\t4 \t5 \n";
		assertThat(upload("crim_thb_api_again.tsv", text, null)).hasStatus(HttpStatus.CREATED);

		assertThat(upload("crim_thb_api_again.tsv", text, null)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.unchanged")
			.isEqualTo(true);
	}

	@Test
	@WithUserDetails("steward")
	void namesTheKnownFormatsWhenTheFormatIsUnknown() {
		assertThat(upload("crim_thb_api_format.tsv", HEADER + "A,NR,F,LV\t4 \t5 \n", null, "excel-97"))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("unknown format 'excel-97'", "eurostat-sdmx-csv", "ctdc-global-csv");
	}

	@Test
	@WithUserDetails("admin")
	void letsAnAdministratorImport() {
		assertThat(upload("crim_thb_api_admin.tsv", HEADER + "A,NR,F,LT\t4 \t5 \n", null))
			.hasStatus(HttpStatus.CREATED);
	}

	@Test
	@WithAnonymousUser
	void refusesAnAnonymousCaller() {
		assertThat(upload("crim_thb_api_anonymous.tsv", HEADER + "A,NR,F,LT\t4 \t5 \n", null))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	@WithUserDetails("learner")
	void refusesAnotherRole() {
		assertThat(upload("crim_thb_api_learner.tsv", HEADER + "A,NR,F,LT\t4 \t5 \n", null))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithUserDetails("editor")
	void refusesAnEditor() {
		assertThat(upload("crim_thb_api_editor.tsv", HEADER + "A,NR,F,LT\t4 \t5 \n", null))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithUserDetails("steward")
	void refusesAnOversizedUploadBeforeReadingIt() {
		byte[] body = new byte[61 * 1024 * 1024];

		MvcTestResult result = this.mvc.post()
			.uri(DatasetImportApiController.IMPORTS)
			.with(csrf())
			.contentType("multipart/form-data; boundary=unread")
			.content(body)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("61.0 MB", "at most 60.0 MB");
	}

	@Test
	@WithUserDetails("steward")
	void refusesAnOversizedUploadOfTheFormBeforeReadingIt() {
		MvcTestResult result = this.mvc.post()
			.uri(DatasetImportPageController.UPLOAD)
			.with(csrf())
			.contentType("multipart/form-data; boundary=unread")
			.content(new byte[61 * 1024 * 1024])
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(result.getResponse().getErrorMessage()).contains("61.0 MB", "at most 60.0 MB");
	}

	@Test
	@WithUserDetails("steward")
	void refusesAFileOfTheWrongKindNamingWhatItIs() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		byte[] binary = "freq,unit,geo\\TIME_PERIOD\t2021\n\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
		long versions = versions();

		assertThat(uploadBytes("figures.csv", png, null)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("figures.csv is a PNG image", "CSV or TSV");
		assertThat(uploadBytes("crim_thb_zip.tsv", zip, "eurostat-tsv")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("crim_thb_zip.tsv is a ZIP archive");
		assertThat(uploadBytes("crim_thb_nul.tsv", binary, null)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("binary data, not text");
		assertThat(versions()).isEqualTo(versions);

		MvcTestResult page = this.mvc.post()
			.uri(DatasetImportPageController.UPLOAD)
			.multipart()
			.file(new MockMultipartFile("file", "figures.csv", "text/csv", png))
			.with(csrf())
			.exchange();
		assertThat(page.getMvcResult().getFlashMap().get("refusal")).hasFieldOrPropertyWithValue("reason",
				"figures.csv is a PNG image, not a statistics file the platform reads: upload the publisher's CSV "
						+ "or TSV text (gzip allowed) or the UNODC GLOTIP workbook");
	}

	@Test
	@WithUserDetails("steward")
	void listsVersionsAndWhatChangedBetweenThem() {
		upload("crim_thb_api_versions.tsv", HEADER + "A,NR,F,SE\t12 p\t13 \nA,NR,F,FI\t1 \t2 \n", null);
		upload("crim_thb_api_versions.tsv", HEADER + "A,NR,F,SE\t12 \t14 \nA,NR,F,NO\t1 \t2 \n", null);

		assertThat(this.mvc.get().uri("/api/v1/evidence/datasets/eurostat-crim-thb-api-versions/versions"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].number")
			.asArray()
			.containsExactly(2, 1);
		assertThat(this.mvc.get().uri("/api/v1/evidence/datasets/eurostat-crim-thb-api-versions/changes?from=1&to=2"))
			.hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.counts.added").isEqualTo(2);
				assertThat(json).extractingPath("$.counts.removed").isEqualTo(2);
				assertThat(json).extractingPath("$.counts.revised").isEqualTo(1);
				assertThat(json).extractingPath("$.counts.flags-changed").isEqualTo(1);
				assertThat(json).extractingPath("$.changes[?(@.kind == 'revised')].after")
					.asArray()
					.containsExactly("14");
			});
		Document page = Pages.parse(this.mvc.get()
			.uri("/evidence/datasets/eurostat-crim-thb-api-versions/changes?from=1&to=2&kind=flags-changed"));
		assertThat(page.select("#change-counts dd[data-kind=added]").text()).isEqualTo("2");
		assertThat(page.select("#changes-table tbody tr")).singleElement().satisfies((row) -> {
			assertThat(row.attr("data-kind")).isEqualTo("flags-changed");
			assertThat(row.select(".before .flags").text()).isEqualTo("p");
		});
		Document versions = Pages
			.parse(this.mvc.get().uri("/evidence/datasets/eurostat-crim-thb-api-versions/versions"));
		assertThat(versions.select("#versions-table tr[data-version=2] a").attr("href"))
			.isEqualTo("/evidence/datasets/eurostat-crim-thb-api-versions/changes?from=1&to=2");
	}

	@Test
	@WithAnonymousUser
	void answersAnUnknownDatasetsVersionsWith404() {
		assertThat(this.mvc.get().uri("/api/v1/evidence/datasets/no-such-thing/versions"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/evidence/datasets/unodc-glotip/changes?from=1&to=9"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithUserDetails("steward")
	void offersTheUploadFormToAStewardAndImportsFromIt() {
		Document form = Pages.parse(this.mvc.get().uri(DatasetImportPageController.UPLOAD));
		assertThat(form.select("form[enctype=multipart/form-data] input[type=file][name=file]")).hasSize(1);
		assertThat(form.select("select[name=format] option").eachAttr("value")).contains("", "eurostat-tsv",
				"ctdc-global-csv");

		MvcTestResult posted = this.mvc.post()
			.uri(DatasetImportPageController.UPLOAD)
			.multipart()
			.file(file("crim_thb_page.tsv", HEADER + "A,NR,F,PL\t4 \t5 \n"))
			.param("mode", "strict")
			.with(csrf())
			.exchange();

		assertThat(posted).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(DatasetImportPageController.UPLOAD);
		assertThat(posted).flash().containsKey("outcome");
		assertThat(posted.getMvcResult().getFlashMap().get("outcome")).hasFieldOrPropertyWithValue("rowsTaken", 2);
	}

	@Test
	@WithAnonymousUser
	void sendsAnAnonymousVisitorOfTheUploadFormToSignIn() {
		assertThat(this.mvc.get().uri(DatasetImportPageController.UPLOAD)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	@WithUserDetails("investigator")
	void refusesTheUploadFormToOtherRoles() {
		assertThat(this.mvc.get().uri(DatasetImportPageController.UPLOAD)).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MvcTestResult upload(String name, String text, String mode) {
		return upload(name, text, mode, null);
	}

	private MvcTestResult upload(String name, String text, String mode, String format) {
		var request = this.mvc.post().uri(DatasetImportApiController.IMPORTS).multipart().file(file(name, text));
		if (mode != null) {
			request.param("mode", mode);
		}
		if (format != null) {
			request.param("format", format);
		}
		return request.with(csrf()).exchange();
	}

	private MvcTestResult uploadBytes(String name, byte[] content, String format) {
		var request = this.mvc.post()
			.uri(DatasetImportApiController.IMPORTS)
			.multipart()
			.file(new MockMultipartFile("file", name, "text/csv", content));
		if (format != null) {
			request.param("format", format);
		}
		return request.with(csrf()).exchange();
	}

	private static MockMultipartFile file(String name, String text) {
		return new MockMultipartFile("file", name, "text/tab-separated-values", text.getBytes(StandardCharsets.UTF_8));
	}

	private long versions() {
		return this.jdbc.sql("select count(*) from evidence_dataset_version").query(Long.class).single();
	}

	private long audited(String actor, String action, String target) {
		return this.jdbc
			.sql("select count(*) from identity_audit_record where actor = :actor and action = :action "
					+ "and target = :target")
			.param("actor", actor)
			.param("action", action)
			.param("target", target)
			.query(Long.class)
			.single();
	}

}
