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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.pexbsr.Browser;
import org.pexbsr.SignIn;
import org.pexbsr.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second factor in a real browser: an investigator registers a passkey on Chromium's
 * virtual authenticator and then signs in with it, both instead of the password and as
 * the second step after it; another signs in with the code an authenticator app would
 * show; a wrong code is refused with a message.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecondFactorBrowserTests {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	private static final String RESTRICTED_CHAPTER = "/protocol/financial-investigation";

	private static Browser browser;

	@Value("${local.server.port}")
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AuthenticatorApps apps;

	@Autowired
	JdbcClient jdbc;

	private Account investigator;

	private String secret;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start("en-GB,en");
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		browser.close();
	}

	@BeforeEach
	void makeAnInvestigator() {
		browser.navigate().to(url("/"));
		browser.driver().manage().deleteAllCookies();
		TestAccounts people = new TestAccounts(this.accounts, this.organisations, this.encoder);
		this.investigator = people.account(people.organisation(TestAccounts.unique("Police"), "SE"), Role.INVESTIGATOR);
		this.secret = TestAccounts.withAuthenticatorApp(this.apps, this.investigator);
	}

	@Test
	void registersAPasskeyAndSignsInWithIt() {
		VirtualAuthenticator authenticator = ((HasVirtualAuthenticator) browser.driver()).addVirtualAuthenticator(
				new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
					.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
					.setHasResidentKey(true)
					.setHasUserVerification(true)
					.setIsUserVerified(true));
		try {
			SignIn.inBrowser(browser, url(""), this.investigator.username(), TestAccounts.PASSWORD, this.secret);
			browser.navigate().to(url("/account/security"));
			browser.waitUpTo(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-register")));
			browser.driver().findElement(By.id("passkey-label")).sendKeys("Work laptop");
			browser.driver().findElement(By.id("passkey-register")).click();

			browser.waitUpTo(PATIENCE).until(ExpectedConditions.urlContains("/account/security/recovery-codes"));
			assertThat(browser.driver().findElements(By.cssSelector("#recovery-codes li")))
				.hasSize(RecoveryCodes.COUNT);
			assertThat(authenticator.getCredentials()).hasSize(1);
			browser.navigate().to(url("/account/security"));
			assertThat(browser.driver().findElement(By.id("passkeys")).getText()).contains("Work laptop");
			assertAccessible("/account/security");

			signOut();
			browser.navigate().to(url("/login"));
			browser.waitUpTo(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-sign-in")));
			String sessionBefore = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
			browser.driver().findElement(By.id("passkey-sign-in")).click();
			browser.waitUpTo(PATIENCE).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
			assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").getValue())
				.as("a passkey sign-in gives the session a new identifier")
				.isNotEqualTo(sessionBefore);
			assertCanReadTheRestrictedChapter();
			assertThat(this.jdbc.sql("""
					select count(*) from identity_audit_record
					where action = 'identity.sign-in.succeeded' and target = :target and detail = 'passkey'""")
				.param("target", "identity/account/" + this.investigator.id())
				.query(Long.class)
				.single()).isEqualTo(1);

			signOut();
			signInWithPassword();
			browser.waitUpTo(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-sign-in")));
			assertAccessible(SecondFactorFilter.SECOND_FACTOR_PAGE);
			browser.driver().findElement(By.id("passkey-sign-in")).click();
			browser.waitUpTo(PATIENCE).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
			assertCanReadTheRestrictedChapter();
		}
		finally {
			((HasVirtualAuthenticator) browser.driver()).removeVirtualAuthenticator(authenticator);
		}
	}

	@Test
	void signsInWithTheCodeOfTheAuthenticatorApp() {
		browser.navigate().to(url(RESTRICTED_CHAPTER));
		browser.driver().findElement(By.id("username")).sendKeys(this.investigator.username());
		browser.driver().findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.urlContains(SecondFactorFilter.SECOND_FACTOR_PAGE));

		browser.driver().findElement(By.id("code")).sendKeys(SignIn.totpCode(this.secret));
		browser.driver().findElement(By.cssSelector("form[action$='/login/second-factor'] button")).click();

		browser.waitUpTo(PATIENCE).until(ExpectedConditions.urlContains(RESTRICTED_CHAPTER));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
		assertCanReadTheRestrictedChapter();
	}

	@Test
	void refusesAWrongCodeWithAMessage() {
		signInWithPassword();
		String wrong = SignIn.codeAt(this.secret, System.currentTimeMillis() / 30_000 - 5);

		browser.driver().findElement(By.id("code")).sendKeys(wrong);
		browser.driver().findElement(By.cssSelector("form[action$='/login/second-factor'] button")).click();

		browser.waitUpTo(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
		assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText())
			.contains("The code is not right");
		assertThat(browser.driver().getCurrentUrl()).contains(SecondFactorFilter.SECOND_FACTOR_PAGE);
		browser.navigate().to(url(RESTRICTED_CHAPTER));
		assertThat(browser.driver().getCurrentUrl()).contains(SecondFactorFilter.SECOND_FACTOR_PAGE);
	}

	private void signInWithPassword() {
		browser.navigate().to(url("/login"));
		browser.driver().findElement(By.id("username")).sendKeys(this.investigator.username());
		browser.driver().findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.urlContains(SecondFactorFilter.SECOND_FACTOR_PAGE));
	}

	private void assertCanReadTheRestrictedChapter() {
		browser.navigate().to(url(RESTRICTED_CHAPTER));
		assertThat(browser.driver().getCurrentUrl()).endsWith(RESTRICTED_CHAPTER);
		assertThat(browser.driver().findElement(By.cssSelector(".account__name")).getText())
			.isEqualTo(this.investigator.username());
		assertThat(browser.driver().findElements(By.cssSelector(".prose"))).isNotEmpty();
	}

	private void signOut() {
		browser.driver().findElement(By.cssSelector(".account-menu summary")).click();
		browser.driver().findElement(By.cssSelector(".account-menu form button")).click();
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
	}

	private void assertAccessible(String page) {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(browser.driver());
		assertThat(results.getViolations()).as(page)
			.extracting((violation) -> violation.getId() + ": " + violation.getHelp())
			.isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
