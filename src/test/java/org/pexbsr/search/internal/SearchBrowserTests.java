package org.pexbsr.search.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pexbsr.Browser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader in a real browser types words into the search box in the header, gets the
 * results page and follows a hit to the chapter. Shares the context of the other browser
 * tests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SearchBrowserTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static Browser browser;

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
	void searchesFromTheHeaderAndFollowsAHitToItsChapter() {
		browser.navigate().to(url("/evidence"));
		browser.driver().manage().deleteAllCookies();
		browser.navigate().to(url("/evidence"));

		WebElement box = browser.driver().findElement(By.cssSelector("header input[type=search]"));
		assertThat(browser.driver()
			.findElement(By.cssSelector("label[for=" + box.getDomAttribute("id") + "]"))
			.getDomProperty("textContent")
			.strip()).isEqualTo("Search the platform");
		box.sendKeys("\"definition comes from article 3 of the Palermo Protocol\"", Keys.ENTER);

		WebElement first = browser.waitUpTo(PATIENCE)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-hits li:first-child h2 a")));
		assertThat(browser.driver().getCurrentUrl()).contains("/search?q=");
		assertThat(browser.driver().findElements(By.cssSelector("#search-hits li:first-child mark")))
			.extracting(WebElement::getText)
			.contains("definition", "Palermo", "Protocol");
		assertAccessible();

		first.click();
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.urlContains("/protocol/legal-framework"));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Legal framework");
	}

	private void assertAccessible() {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(browser.driver());
		assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
		assertThat(results.getViolations()).as("accessibility violations on the search page")
			.extracting((violation) -> violation.getId() + ": " + violation.getHelp() + " "
					+ violation.getNodes().stream().limit(3).map((node) -> node.getTarget().toString()).toList())
			.isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
