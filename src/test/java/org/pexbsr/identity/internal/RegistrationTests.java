package org.pexbsr.identity.internal;

import java.time.OffsetDateTime;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;
import org.pexbsr.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Self-registration with a code an administrator made: the learner gets a link by mail,
 * the account holds the learner role only, in the code's organisation; a code that is
 * used up or expired is refused.
 */
@PlatformTest
class RegistrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	RegistrationCodeRepository codes;

	@Autowired
	PasswordEncoder encoder;

	Organisation embassy;

	@BeforeEach
	void makeAnOrganisation() {
		this.embassy = new TestAccounts(this.accounts, this.organisations, this.encoder)
			.organisation(TestAccounts.unique("Embassy of Finland in Warsaw"), "FI");
	}

	@Test
	void registersALearnerIntoTheCodesOrganisationWithTheLearnerRoleOnly() {
		String code = makeCode(5);
		String email = TestAccounts.unique("learner") + "@example.org";

		assertThat(this.mvc.post()
			.uri("/register")
			.with(csrf())
			.param("code", code.toLowerCase().replace("-", " "))
			.param("email", email)
			.param("roles", "ADMIN")).hasRedirectedUrl("/register");
		String link = TestMailServer.linkPath(TestMailServer.onlyMailTo(email));
		String username = TestAccounts.unique("learner");
		assertThat(this.mvc.post()
			.uri(link)
			.with(csrf())
			.param("displayName", "Liisa")
			.param("username", username)
			.param("password", "my own long passphrase")
			.param("repeatedPassword", "my own long passphrase")
			.param("roles", "ADMIN", "INVESTIGATOR")).hasRedirectedUrl("/login");

		Account account = this.accounts.findByUsername(username).orElseThrow();
		assertThat(account.roles()).containsExactly(Role.LEARNER);
		assertThat(account.organisationId()).isEqualTo(this.embassy.id());
		assertThat(account.email()).isEqualTo(email);
		assertThat(this.codes.findByHash(Tokens.hash(Tokens.normaliseCode(code))).orElseThrow().uses()).isEqualTo(1);
	}

	@Test
	void refusesACodeThatIsUsedUp() {
		String code = makeCode(1);
		register(code, "first", true);

		MvcTestResult second = this.mvc.post()
			.uri("/register")
			.with(csrf())
			.param("code", code)
			.param("email", TestAccounts.unique("second") + "@example.org")
			.exchange();

		assertThat(second).hasStatusOk();
		assertThat(Pages.parse(second).selectFirst("#code-error").text()).contains("used as often as it may");
	}

	@Test
	void refusesTheLastLinkOfACodeThatWasUsedUpMeanwhile() {
		String code = makeCode(1);
		String firstLink = requestLink(code, TestAccounts.unique("early") + "@example.org");
		String secondLink = requestLink(code, TestAccounts.unique("late") + "@example.org");
		assertThat(finish(firstLink, TestAccounts.unique("early"))).hasRedirectedUrl("/login");

		String username = TestAccounts.unique("late");
		MvcTestResult late = finish(secondLink, username);

		assertThat(late).hasStatus(HttpStatus.GONE);
		assertThat(Pages.parse(late).selectFirst("#link-reason").text()).contains("used up");
		assertThat(this.accounts.findByUsername(username)).isEmpty();
	}

	@Test
	void refusesAnExpiredCode() {
		String code = Tokens.newRegistrationCode();
		OffsetDateTime now = OffsetDateTime.now();
		this.codes.create(Tokens.hash(Tokens.normaliseCode(code)), "Old course", this.embassy.id(), 10,
				now.minusDays(1), null, now.minusDays(30));

		MvcTestResult result = this.mvc.post()
			.uri("/register")
			.with(csrf())
			.param("code", code)
			.param("email", TestAccounts.unique("old") + "@example.org")
			.exchange();

		assertThat(Pages.parse(result).selectFirst("#code-error").text()).contains("expired");
	}

	@Test
	void refusesACodeItNeverMade() {
		MvcTestResult result = this.mvc.post()
			.uri("/register")
			.with(csrf())
			.param("code", "AAAA-BBBB-CCCC")
			.param("email", TestAccounts.unique("guess") + "@example.org")
			.exchange();

		assertThat(Pages.parse(result).selectFirst("#code-error").text()).contains("not known");
	}

	@Test
	void showsTheCodeOnceAndKeepsOnlyItsHash() {
		String code = makeCode(3);

		Document list = Pages.parse(this.mvc.get().uri("/admin/registration-codes").with(user("admin").roles("ADMIN")));

		assertThat(list.text()).doesNotContain(code);
		assertThat(this.codes.findByHash(Tokens.hash(Tokens.normaliseCode(code)))).isPresent();
	}

	private String makeCode(int uses) {
		MvcTestResult created = this.mvc.post()
			.uri("/admin/registration-codes")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("label", "Consular course")
			.param("organisationId", Long.toString(this.embassy.id()))
			.param("maxUses", Integer.toString(uses))
			.param("expires", OffsetDateTime.now().plusDays(30).toLocalDate().toString())
			.exchange();
		assertThat(created).hasRedirectedUrl("/admin/registration-codes");
		return (String) created.getMvcResult().getFlashMap().get("createdCode");
	}

	private void register(String code, String name, boolean finish) {
		String link = requestLink(code, TestAccounts.unique(name) + "@example.org");
		if (finish) {
			assertThat(finish(link, TestAccounts.unique(name))).hasRedirectedUrl("/login");
		}
	}

	private String requestLink(String code, String email) {
		assertThat(this.mvc.post().uri("/register").with(csrf()).param("code", code).param("email", email))
			.hasRedirectedUrl("/register");
		return TestMailServer.linkPath(TestMailServer.onlyMailTo(email));
	}

	private MvcTestResult finish(String link, String username) {
		return this.mvc.post()
			.uri(link)
			.with(csrf())
			.param("displayName", username)
			.param("username", username)
			.param("password", "my own long passphrase")
			.param("repeatedPassword", "my own long passphrase")
			.exchange();
	}

}
