package org.pexbsr.identity.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;
import org.pexbsr.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Choosing a new password through the link in a real mail: the link works once, for an
 * hour, only its hash is stored, other sessions end, and the page answers the same for an
 * address that has no account.
 */
@PlatformTest
class PasswordResetTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuthenticatorApps apps;

	Account person;

	@BeforeEach
	void makeAnAccount() {
		TestAccounts people = new TestAccounts(this.accounts, this.organisations, this.encoder);
		this.person = people.account(people.organisation(TestAccounts.unique("Police of Estonia"), "EE"),
				Role.INVESTIGATOR);
	}

	@Test
	void setsTheNewPasswordFromTheLinkInTheMail() {
		MvcTestResult asked = ask(this.person.email());
		String link = TestMailServer.linkPath(TestMailServer.onlyMailTo(this.person.email()));
		assertThat(this.mvc.get().uri(link)).hasStatusOk();

		assertThat(choose(link, "a brand new passphrase")).hasRedirectedUrl("/login");

		assertThat(asked).hasRedirectedUrl("/password-reset");
		TestAccounts.signIn(this.mvc, this.person.username(), "a brand new passphrase");
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", this.person.username())
			.param("password", TestAccounts.PASSWORD)).hasRedirectedUrl("/login?error");
	}

	@Test
	void refusesTheLinkASecondTime() {
		ask(this.person.email());
		String link = TestMailServer.linkPath(TestMailServer.onlyMailTo(this.person.email()));
		choose(link, "a brand new passphrase");

		MvcTestResult again = choose(link, "an attacker's passphrase");

		assertThat(again).hasStatus(HttpStatus.GONE);
		TestAccounts.signIn(this.mvc, this.person.username(), "a brand new passphrase");
	}

	@Test
	void refusesALinkOlderThanAnHour() {
		String token = Tokens.newLinkToken();
		OffsetDateTime sent = OffsetDateTime.now().minusMinutes(61);
		this.jdbc.sql("""
				insert into identity_password_reset (account_id, token_hash, created_at, expires_at)
				values (:account, :hash, :sent, :expires)""")
			.param("account", this.person.id())
			.param("hash", Tokens.hash(token))
			.param("sent", sent)
			.param("expires", sent.plus(PasswordResets.VALIDITY))
			.update();

		MvcTestResult result = choose("/password-reset/" + token, "a brand new passphrase");

		assertThat(result).hasStatus(HttpStatus.GONE);
		assertThat(Pages.parse(result).selectFirst("#link-reason").text()).contains("expired");
	}

	@Test
	void storesOnlyTheHashOfTheToken() {
		ask(this.person.email());
		String token = TestMailServer.linkPath(TestMailServer.onlyMailTo(this.person.email()))
			.substring("/password-reset/".length());

		List<Map<String, Object>> rows = this.jdbc.sql("select * from identity_password_reset where account_id = :id")
			.param("id", this.person.id())
			.query()
			.listOfRows();

		assertThat(rows).hasSize(1);
		assertThat(rows.get(0)).containsEntry("token_hash", Tokens.hash(token)).doesNotContainValue(token);
	}

	@Test
	void answersTheSameForAnAddressWithoutAnAccountAndSendsNothing() {
		String stranger = TestAccounts.unique("stranger") + "@example.org";

		MvcTestResult known = ask(this.person.email());
		MvcTestResult unknown = ask(stranger);

		assertThat(known).hasRedirectedUrl("/password-reset");
		assertThat(unknown).hasRedirectedUrl("/password-reset");
		assertThat(Map.copyOf(unknown.getMvcResult().getFlashMap()))
			.isEqualTo(Map.copyOf(known.getMvcResult().getFlashMap()));
		assertThat(TestMailServer.mailsTo(stranger)).isEmpty();
	}

	@Test
	void endsTheAccountsOtherSessions() {
		MockHttpSession elsewhere = TestAccounts.signIn(this.mvc, this.person.username(), TestAccounts.PASSWORD,
				TestAccounts.withAuthenticatorApp(this.apps, this.person));
		assertThat(this.mvc.get().uri("/account").session(elsewhere)).hasStatusOk();

		ask(this.person.email());
		choose(TestMailServer.linkPath(TestMailServer.onlyMailTo(this.person.email())), "a brand new passphrase");

		assertThat(this.mvc.get().uri("/account").session(elsewhere)).hasRedirectedUrl("/login?ended");
	}

	@Test
	void refusesAPasswordThatContainsTheAccountName() {
		ask(this.person.email());
		String link = TestMailServer.linkPath(TestMailServer.onlyMailTo(this.person.email()));

		MvcTestResult result = choose(link, "my name is " + this.person.username());

		assertThat(Pages.parse(result).selectFirst("#password-error").text()).contains("account name");
		assertThat(this.mvc.get().uri(link)).hasStatusOk();
	}

	private MvcTestResult ask(String email) {
		return this.mvc.post().uri("/password-reset").with(csrf()).param("email", email).exchange();
	}

	private MvcTestResult choose(String link, String password) {
		return this.mvc.post()
			.uri(link)
			.with(csrf())
			.param("password", password)
			.param("repeatedPassword", password)
			.exchange();
	}

}
