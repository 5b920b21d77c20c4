package org.pexbsr.identity.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.pexbsr.Browser;
import org.pexbsr.SignIn;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator and an invitee in a real browser: the administrator adds an
 * organisation and invites someone through the account menu, the invitee follows the link
 * from the mail the SMTP server received and creates the account, and signs in. Names
 * with script in them stay text, and the pages pass an accessibility check.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccountBrowserTests {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	private static final String HOSTILE = "<img src=x onerror=\"window.hacked=1\"><script>window.hacked=1</script>";

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

	@BeforeEach
	void forgetTheLastVisit() {
		browser.navigate().to(url("/"));
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void invitesSomeoneWhoCreatesTheirAccountFromTheMail() {
		String organisation = "Consulate " + System.nanoTime() + " " + HOSTILE;
		String email = TestAccounts.unique("browser") + "@example.org";
		signInAsAdministrator();

		openMenuItem("Organisations");
		browser.driver().findElement(By.id("name")).sendKeys(organisation);
		new Select(browser.driver().findElement(By.id("country"))).selectByValue("DK");
		browser.driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitForText(By.id("organisation-name"), organisation);

		openMenuItem("Invitations");
		browser.driver().findElement(By.id("email")).sendKeys(email);
		new Select(browser.driver().findElement(By.id("organisationId"))).selectByVisibleText(organisation + " (DK)");
		browser.driver().findElement(By.cssSelector("input[name=roles][value=LEARNER]")).click();
		browser.driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitForText(By.cssSelector("main .notice"), "The invitation is on its way.");
		assertAccessible("/invitations");
		signOut();

		browser.navigate().to(url(TestMailServer.linkPath(TestMailServer.onlyMailTo(email))));
		assertThat(browser.driver().findElement(By.id("invitation-lead")).getText()).contains(organisation);
		assertAccessible("the invitation page");
		String username = TestAccounts.unique("invitee");
		browser.driver().findElement(By.id("displayName")).sendKeys("Ida " + HOSTILE);
		browser.driver().findElement(By.id("username")).sendKeys(username);
		browser.driver().findElement(By.id("password")).sendKeys("a long passphrase of mine");
		browser.driver().findElement(By.id("repeatedPassword")).sendKeys("a long passphrase of mine");
		browser.driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitForText(By.cssSelector("main .notice"), "Your account is ready.");

		signIn(username, "a long passphrase of mine");
		openMenuItem("Your account");
		assertThat(browser.driver().findElement(By.id("account-display-name")).getText()).isEqualTo("Ida " + HOSTILE);
		assertThat(browser.driver().findElement(By.id("account-organisation")).getText()).isEqualTo(organisation);
		assertThat(browser.driver().executeScript("return typeof window.hacked")).isEqualTo("undefined");
		assertAccessible("/account");
	}

	@Test
	void meetsWcagAaOnThePagesOfPeopleWithoutAnAccount() {
		for (String path : List.of("/register", "/password-reset", "/privacy")) {
			browser.navigate().to(url(path));
			assertAccessible(path);
		}
	}

	@Test
	void meetsWcagAaOnTheAdministratorsPages() {
		signInAsAdministrator();

		for (String path : List.of("/admin/accounts", "/admin/accounts/1", "/admin/organisations",
				"/admin/registration-codes", "/admin/audit", "/privacy", "/account", "/account/password",
				"/account/security", "/account/security/authenticator")) {
			browser.navigate().to(url(path));
			assertAccessible(path);
		}
	}

	private void signInAsAdministrator() {
		SignIn.inBrowser(browser, url(""), "admin", "correct-horse-battery-staple", SignIn.ADMIN_TOTP);
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-menu")));
	}

	private void signIn(String username, String password) {
		browser.navigate().to(url("/login"));
		browser.driver().findElement(By.id("username")).sendKeys(username);
		browser.driver().findElement(By.id("password")).sendKeys(password);
		browser.driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-menu")));
	}

	private void signOut() {
		browser.driver().findElement(By.cssSelector(".account-menu summary")).click();
		browser.driver().findElement(By.cssSelector(".account-menu form button")).click();
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
	}

	private void openMenuItem(String name) {
		browser.driver().findElement(By.cssSelector(".account-menu summary")).click();
		WebElement item = browser.waitUpTo(PATIENCE).until(ExpectedConditions.elementToBeClickable(By.linkText(name)));
		item.click();
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.stalenessOf(item));
	}

	private void waitForText(By locator, String text) {
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	private void assertAccessible(String where) {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(browser.driver());
		assertThat(results.getViolations()).as("accessibility violations on %s", where)
			.extracting((violation) -> violation.getId() + ": " + violation.getHelp())
			.isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
