package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pexbsr.Browser;
import org.pexbsr.SignIn;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data steward imports two releases of a dataset on the upload page in a real browser,
 * without any script, and follows the links to the versions and to what changed; a bad
 * file is refused with its line.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ImportBrowserTests {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final String HEADER = "freq,unit,geo\\TIME_PERIOD\t2021 \t2022 \n";

	private static Browser browser;

	@TempDir
	static Path directory;

	@Value("${local.server.port}")
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start("en-GB,en");
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		browser.close();
	}

	@Test
	void importsTwoReleasesAndShowsWhatChanged() throws IOException {
		signInAsSteward();

		upload(file("crim_thb_browser.tsv", HEADER + "A,NR,SE\t10 \t20 p\nA,NR,FI\t5 \t6 \n"), false);
		String first = browser.driver().findElement(By.id("import-outcome")).getText();
		upload(file("crim_thb_browser.tsv", HEADER + "A,NR,SE\t10 \t21 p\nA,NR,NO\t5 \t6 \n"), false);
		assertThat(first).contains("version 1 of eurostat-crim-thb-browser", "4 rows taken");
		assertThat(browser.driver().findElement(By.id("import-outcome")).getText()).contains("version 2");

		browser.driver().findElement(By.linkText("Versions of this dataset")).click();
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id("versions-table")));
		browser.driver().findElement(By.linkText("What changed since version 1")).click();
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id("change-counts")));

		assertThat(count("added")).isEqualTo("2");
		assertThat(count("removed")).isEqualTo("2");
		assertThat(count("revised")).isEqualTo("1");
		assertThat(count("flags-changed")).isEqualTo("0");
		assertThat(browser.driver().findElement(By.cssSelector("#changes-table tr[data-kind=revised]")).getText())
			.contains("SE", "2022", "20", "21");
	}

	@Test
	void refusesABadFileNamingTheLineAndLeavesOutBadRowsWhenAsked() throws IOException {
		signInAsSteward();
		Path bad = file("crim_thb_browser_bad.tsv", HEADER + "A,NR,SE\t10 \t20 \nA,NR,FI\t5 \t6x \n");

		upload(bad, false);
		assertThat(browser.driver().findElement(By.id("import-refusal")).getText()).contains("Line 3:",
				"Nothing was imported");

		upload(bad, true);
		assertThat(browser.driver().findElement(By.id("import-outcome")).getText()).contains("2 rows taken",
				"1 invalid rows left out", "Line 3:");
	}

	@Test
	void meetsWcagAaOnTheUploadPage() {
		signInAsSteward();
		browser.navigate().to(url(DatasetImportPageController.UPLOAD));

		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(browser.driver());

		assertThat(results.getViolations()).extracting((violation) -> violation.getId() + ": " + violation.getHelp())
			.isEmpty();
	}

	private void signInAsSteward() {
		browser.navigate().to(url("/login"));
		if (!browser.driver().findElements(By.cssSelector(".account__name")).isEmpty()) {
			return;
		}
		SignIn.inBrowser(browser, url(""), "steward", "steward-password", SignIn.STEWARD_TOTP);
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account__name")));
	}

	private void upload(Path file, boolean lenient) {
		browser.navigate().to(url(DatasetImportPageController.UPLOAD));
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
		browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser.driver().findElement(By.id(lenient ? "mode-lenient" : "mode-strict")).click();
		browser.driver().findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
		browser.waitUpTo(PATIENCE)
			.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("import-outcome")),
					ExpectedConditions.presenceOfElementLocated(By.id("import-refusal"))));
	}

	private static String count(String kind) {
		return browser.driver().findElement(By.cssSelector("#change-counts dd[data-kind=" + kind + "]")).getText();
	}

	private static Path file(String name, String text) throws IOException {
		Path folder = Files.createDirectories(directory.resolve(String.valueOf(System.nanoTime())));
		return Files.writeString(folder.resolve(name), text);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
