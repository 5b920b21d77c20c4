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
import org.pexbsr.Browser;
import org.pexbsr.identity.Role;
import testsupport.oidc.TestIdentityProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on in a real browser through a real OpenID Connect provider
 * ({@link TestIdentityProvider}, configured by {@link TestSingleSignOn}): the provider's
 * groups become the account's roles, a restricted chapter opens for the mapped
 * investigator role, and the sign-in is in the audit trail; someone whose groups map to
 * no role is turned away. Shares the browser tests' context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SingleSignOnBrowserTests {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static Browser browser;

	@Value("${local.server.port}")
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JdbcAuditTrail audit;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start("en-GB,en");
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		browser.close();
	}

	@BeforeEach
	void forgetEarlierSignIns() {
		browser.navigate().to(TestIdentityProvider.issuer() + "/.well-known/openid-configuration");
		browser.driver().manage().deleteAllCookies();
		browser.navigate().to(url("/"));
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void signsInThroughTheMinistryWithTheRolesItsGroupsMapTo() {
		browser.navigate().to(url("/protocol/planning-an-inspection"));
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.urlContains("/login"));
		assertAccessible("/login with single sign-on");

		signInAtTheProvider("anna");

		browser.waitUpTo(PATIENCE).until(ExpectedConditions.urlContains("/protocol/planning-an-inspection"));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText())
			.isEqualTo("Planning an inspection or raid");
		Account anna = this.accounts.findByUsername("ministry.anna").orElseThrow();
		assertThat(anna.roles()).containsExactlyInAnyOrder(Role.INVESTIGATOR, Role.LEARNER);
		assertThat(anna.organisationName()).isEqualTo(TestSingleSignOn.ORGANISATION);
		assertThat(anna.displayName()).isEqualTo("Test Person anna");
		assertThat(anna.email()).isNull();

		browser.navigate().to(url("/account"));
		assertThat(browser.driver().findElement(By.id("account-organisation")).getText())
			.isEqualTo(TestSingleSignOn.ORGANISATION);
		assertThat(records("ministry.anna", SignInAudit.SUCCEEDED)).singleElement()
			.satisfies((record) -> assertThat(record.detail()).isEqualTo("single sign-on via ministry"));
		assertThat(records("ministry.anna", SingleSignOnAccounts.CREATED)).singleElement()
			.satisfies((record) -> assertThat(record.detail()).startsWith("by single sign-on via ministry"));
		assertThat(records("ministry.anna", RestrictedReadingAction.READ)).isNotEmpty();
	}

	@Test
	void turnsAwaySomeoneWhoseGroupsMapToNoRole() {
		browser.navigate().to(url("/login"));
		signInAtTheProvider("bertil");

		browser.waitUpTo(PATIENCE).until(ExpectedConditions.urlToBe(url("/login?refused")));
		assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText())
			.contains("gives no access to this platform");
		assertThat(this.accounts.findByUsername("ministry.bertil")).isEmpty();
		assertThat(this.audit.search(new AuditQuery("anonymous", SignInAudit.FAILED, "identity/sign-in", null, null), 0,
				50))
			.anySatisfy((record) -> assertThat(record.detail())
				.isEqualTo("single sign-on via ministry: the provider's claims map to no role"))
			.noneSatisfy((record) -> assertThat(record.detail()).startsWith("OAuth2AuthenticationException"));
	}

	private void signInAtTheProvider(String person) {
		browser.driver().findElement(By.linkText("Sign in with " + TestSingleSignOn.CLIENT_NAME)).click();
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		assertThat(browser.driver().getCurrentUrl()).startsWith(TestIdentityProvider.issuer());
		browser.driver().findElement(By.id("username")).sendKeys(person);
		browser.driver().findElement(By.id("password")).sendKeys(TestIdentityProvider.PASSWORD);
		browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
	}

	private List<AuditRecord> records(String actor, String action) {
		return this.audit.search(new AuditQuery(actor, action, null, null, null), 0, 50);
	}

	private void assertAccessible(String where) {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(browser.driver());
		assertThat(results.getViolations()).as("accessibility violations on %s", where)
			.extracting((violation) -> violation.getId() + ": " + violation.getHelp())
			.isEmpty();
	}

	/**
	 * The platform as 127.0.0.1, the provider as localhost: two hosts, two sets of
	 * cookies.
	 */
	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/**
	 * The audit action of reading a restricted chapter, as the protocol module records
	 * it.
	 */
	private static final class RestrictedReadingAction {

		static final String READ = "protocol.restricted.read";

	}

}
