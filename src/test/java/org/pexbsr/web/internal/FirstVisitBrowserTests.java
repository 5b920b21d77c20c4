package org.pexbsr.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pexbsr.Browser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's first minutes in a real browser: the front page, the evidence table with a
 * figure from the shipped UNODC file, the switch to Ukrainian, and an accessibility check
 * of what they saw.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FirstVisitBrowserTests {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	private static Browser browser;

	@Value("${local.server.port}")
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start("en-GB,en");
	}

	@BeforeEach
	void forgetTheLastVisit() {
		browser.navigate().to(url("/"));
		browser.driver().manage().deleteAllCookies();
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		browser.close();
	}

	@Test
	void findsAFigureFromTheFileAndSwitchesToUkrainian() throws IOException {
		String expected = figureInWorkbook("SWE", "2022");
		browser.navigate().to(url("/"));

		browser.driver().findElement(By.linkText("Evidence overview")).click();
		WebElement cell = browser.waitUpTo(PATIENCE)
			.until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("#victims-table tr[data-geo='SE'] td[data-year='2022']")));
		assertThat(browser.driver().getCurrentUrl()).endsWith("/evidence");
		assertThat(cell.getText()).isEqualTo(expected);

		browser.driver().findElement(By.cssSelector(".language-switch a[hreflang='uk']")).click();
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.textToBe(By.tagName("h1"), "Огляд даних"));
		assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("uk");
		assertThat(browser.driver().findElement(By.id("victims-caption")).getText())
			.isEqualTo("Виявлені постраждалі від торгівлі людьми за країнами та роками");
		assertThat(browser.driver().findElement(By.cssSelector("#victims-table tr[data-geo='SE'] th")).getText())
			.isEqualTo("Швеція");
	}

	@Test
	void showsAPageNotAnErrorDumpForAnUnknownAddress() {
		browser.navigate().to(url("/no/such/page"));

		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		assertThat(browser.driver().getPageSource()).doesNotContain("Whitelabel").doesNotContain("Exception");
	}

	@Test
	void meetsWcagAaOnThePagesOfAFirstVisit() {
		for (String path : new String[] { "/", "/evidence", "/protocol", "/protocol/legal-framework", "/login" }) {
			browser.navigate().to(url(path));
			Results results = new AxeBuilder().withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
				.analyze(browser.driver());
			assertThat(results.getPasses()).as("axe ran its rules on %s", path).isNotEmpty();
			assertThat(results.getViolations()).as("accessibility violations on %s", path)
				.extracting((violation) -> violation.getId() + ": " + violation.getHelp())
				.isEmpty();
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * The total of detected victims for a country and year, read straight from the
	 * shipped workbook.
	 */
	private static String figureInWorkbook(String iso3, String year) throws IOException {
		try (InputStream in = new ClassPathResource("datasets/data_glotip.xlsx").getInputStream();
				XSSFWorkbook book = new XSSFWorkbook(in)) {
			DataFormatter formatter = new DataFormatter();
			for (Row row : book.getSheetAt(0)) {
				boolean match = iso3.equals(formatter.formatCellValue(row.getCell(0)))
						&& "Detected trafficking victims".equals(formatter.formatCellValue(row.getCell(4)))
						&& "Total".equals(formatter.formatCellValue(row.getCell(5)))
						&& "Total".equals(formatter.formatCellValue(row.getCell(7)))
						&& "Total".equals(formatter.formatCellValue(row.getCell(8)))
						&& year.equals(formatter.formatCellValue(row.getCell(9)));
				if (match) {
					return formatter.formatCellValue(row.getCell(11));
				}
			}
		}
		throw new AssertionError("The workbook has no total for " + iso3 + " " + year);
	}

}
