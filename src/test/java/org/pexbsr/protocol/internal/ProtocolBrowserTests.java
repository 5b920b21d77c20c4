package org.pexbsr.protocol.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pexbsr.Browser;
import org.pexbsr.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Investigation Protocol in a real browser: a checklist ticked on a phone keeps its
 * ticks in the browser only, and a national edition kept offline is read with no
 * connection at all. The last test stops the web server, so this class has a context of
 * its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProtocolBrowserTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static Browser browser;

	@Value("${local.server.port}")
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Autowired
	ProtocolCatalogue catalogue;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start("en-GB,en");
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		browser.close();
	}

	@Test
	@Order(0)
	void meetsWcagAaOnTheProtocolPages() {
		for (String path : new String[] { "/protocol", "/protocol/identification-and-indicators", "/protocol/compare",
				"/protocol/checklists", "/protocol/editions", "/protocol/editions/SE", "/protocol/editions/SE/law",
				"/protocol/editions/SE/national-law", "/protocol/offline" }) {
			assertAccessible(path);
		}
	}

	private void assertAccessible(String path) {
		browser.navigate().to(url(path));
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(browser.driver());
		assertThat(results.getPasses()).as("axe ran its rules on %s", path).isNotEmpty();
		assertThat(results.getViolations()).as("accessibility violations on %s", path)
			.extracting((violation) -> violation.getId() + ": " + violation.getHelp() + " "
					+ violation.getNodes().stream().limit(3).map((node) -> node.getTarget().toString()).toList())
			.isEmpty();
	}

	@Test
	@Order(1)
	void keepsChecklistTicksInTheBrowserOnly() {
		Checklist checklist = this.catalogue.files()
			.checklists()
			.stream()
			.filter((candidate) -> candidate.items().count() >= 2)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no checklist with two items to tick"));
		signInAsInvestigator();
		List<String> items = checklist.items().map(Checklist.Item::id).toList();
		assertAccessible("/protocol/checklists/" + checklist.id());
		assertAccessible("/protocol/" + checklist.chapter());
		browser.navigate().to(url("/protocol/checklists/" + checklist.id()));
		WebElement tick = browser.waitUpTo(PATIENCE)
			.until(ExpectedConditions.elementToBeClickable(By.id("tick-" + items.get(0))));
		long requestsBefore = requests();

		tick.click();

		assertThat(browser.driver().findElement(By.cssSelector(".checklist__progress")).getText())
			.isEqualTo("1 of " + items.size() + " done");
		assertThat(requests()).as("requests made by ticking").isEqualTo(requestsBefore);
		assertThat(script("return localStorage.getItem('pex.checklist." + checklist.id() + "')"))
			.isEqualTo("{\"" + items.get(0) + "\":true}");

		browser.navigate().refresh();
		assertThat(browser.waitUpTo(PATIENCE)
			.until(ExpectedConditions.presenceOfElementLocated(By.id("tick-" + items.get(0))))
			.isSelected()).isTrue();
		assertThat(browser.driver().findElement(By.id("tick-" + items.get(1))).isSelected()).isFalse();
	}

	@Test
	@Order(2)
	void readsAChapterOfAnEditionKeptOfflineWithNoConnection() {
		browser.navigate().to(url("/protocol/editions/SE"));
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.elementToBeClickable(By.id("keep-offline"))).click();
		browser.waitUpTo(PATIENCE)
			.until(ExpectedConditions.attributeToBeNotEmpty(browser.driver().findElement(By.id("offline-status")),
					"data-stored-version"));
		String version = browser.driver().findElement(By.cssSelector(".edition")).getDomAttribute("data-version");
		assertThat(browser.driver().findElement(By.id("offline-status")).getText())
			.startsWith("Stored copy: edition version " + version + " of ");
		browser.navigate().refresh();
		browser.waitUpTo(PATIENCE)
			.until((driver) -> Boolean.TRUE
				.equals(((JavascriptExecutor) driver).executeScript("return !!navigator.serviceWorker.controller")));

		goOffline();
		browser.navigate().to(url("/protocol/editions/SE/legal-framework"));

		assertThat(browser.waitUpTo(PATIENCE)
			.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")))
			.getText()).isEqualTo("Legal framework");
		assertThat(browser.driver().findElement(By.cssSelector(".prose")).getText())
			.contains("Trafficking in persons is doing something to a person");
		assertThat(script("return navigator.onLine")).isEqualTo(false);

		browser.navigate().to(url("/protocol/offline"));
		WebElement stored = browser.waitUpTo(PATIENCE)
			.until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("#offline-editions li[data-edition='SE']")));
		assertThat(stored.getText()).contains("Sweden").contains("edition version " + version);
		assertThat(browser.driver().findElement(By.id("offline-connection")).getText()).contains("no connection");
	}

	private void signInAsInvestigator() {
		SignIn.inBrowser(browser, url(""), "investigator", "investigator-password", SignIn.INVESTIGATOR_TOTP);
	}

	/**
	 * No connection at all: the browser's network is switched off through the DevTools
	 * protocol, and the web server is stopped as well, since the service worker's own
	 * requests do not pass through the page's emulated network.
	 */
	private void goOffline() {
		browser.driver().executeCdpCommand("Network.enable", Map.of());
		browser.driver()
			.executeCdpCommand("Network.emulateNetworkConditions",
					Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
		this.context.getWebServer().stop();
	}

	private long requests() {
		return (Long) script("return performance.getEntriesByType('resource').length");
	}

	private Object script(String script) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
