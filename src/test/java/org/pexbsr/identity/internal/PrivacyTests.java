package org.pexbsr.identity.internal;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;
import org.pexbsr.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The privacy page shows what the tables hold about the person, the person downloads it
 * as JSON, and a learner erases their account: the account is gone, and its audit records
 * remain under a pseudonym without addresses.
 */
@PlatformTest
class PrivacyTests {

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

	TestAccounts people;

	Organisation embassy;

	@BeforeEach
	void makeAnOrganisation() {
		this.people = new TestAccounts(this.accounts, this.organisations, this.encoder);
		this.embassy = this.people.organisation(TestAccounts.unique("Embassy of Norway in Riga"), "NO");
	}

	@Test
	void showsWhatTheTablesHoldAboutThePerson() {
		Account learner = this.people.account(this.embassy, Role.LEARNER);
		MockHttpSession session = TestAccounts.signIn(this.mvc, learner.username(), TestAccounts.PASSWORD);

		Document page = Pages.parse(this.mvc.get().uri("/privacy").session(session));

		assertThat(page.select("#stored-account td").eachText()).contains(learner.username(), learner.email(),
				learner.displayName(), this.embassy.name(), "NO", "[LEARNER]", "argon2");
		assertThat(page.selectFirst("#audit-count").text()).contains(String.valueOf(recordsOf(learner.username())));
		assertThat(page.select("#stored-audit td").eachText()).contains("identity.sign-in.succeeded");
	}

	@Test
	void explainsThePrivacyRulesToVisitorsWithoutAnAccount() {
		Document page = Pages.parse(this.mvc.get().uri("/privacy"));

		assertThat(page.selectFirst("h1").text()).isEqualTo("Privacy and your data");
		assertThat(page.text()).contains("pseudonym").contains("Argon2id");
		assertThat(page.selectFirst("#stored-account")).isNull();
	}

	@Test
	void givesThePersonTheirDataAsJson() throws Exception {
		Account learner = this.people.account(this.embassy, Role.LEARNER);
		MockHttpSession session = TestAccounts.signIn(this.mvc, learner.username(), TestAccounts.PASSWORD);

		var download = this.mvc.get().uri("/account/data").session(session).exchange();

		assertThat(download).hasStatusOk().hasContentType("application/json");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download).bodyJson().extractingPath("$.account.email").isEqualTo(learner.email());
		assertThat(download).bodyJson().extractingPath("$.account.organisation").isEqualTo(this.embassy.name());
		assertThat(download).bodyJson()
			.extractingPath("$.auditRecords[0].action")
			.isEqualTo("identity.sign-in.succeeded");
		assertThat(download.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain(learner.passwordHash());
	}

	@Test
	void erasesALearnerAndKeepsTheAuditRecordsUnderAPseudonym() {
		Account learner = this.people.account(this.embassy, Role.LEARNER);
		MockHttpSession session = TestAccounts.signIn(this.mvc, learner.username(), TestAccounts.PASSWORD);
		long records = recordsOf(learner.username());

		assertThat(this.mvc.post()
			.uri("/account/erase")
			.session(session)
			.with(csrf())
			.param("password", TestAccounts.PASSWORD)).hasRedirectedUrl("/");

		assertThat(this.accounts.findById(learner.id())).isEmpty();
		assertThat(recordsOf(learner.username())).isZero();
		String pseudonym = this.jdbc
			.sql("select actor from identity_audit_record where action = 'identity.account.erased' and target = :t")
			.param("t", "identity/account/" + learner.id())
			.query(String.class)
			.single();
		assertThat(pseudonym).startsWith("erased-");
		assertThat(recordsOf(pseudonym)).isEqualTo(records + 1);
		assertThat(this.jdbc
			.sql("select count(*) from identity_audit_record where actor = :a and remote_address " + "is not null")
			.param("a", pseudonym)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", learner.username())
			.param("password", TestAccounts.PASSWORD)).hasRedirectedUrl("/login?error");
	}

	@Test
	void keepsTheAccountWhenThePasswordIsWrongOrThePersonIsNotOnlyALearner() {
		Account learner = this.people.account(this.embassy, Role.LEARNER);
		Account investigator = this.people.account(this.embassy, Role.INVESTIGATOR);

		this.mvc.post()
			.uri("/account/erase")
			.session(TestAccounts.signIn(this.mvc, learner.username(), TestAccounts.PASSWORD))
			.with(csrf())
			.param("password", "not the password at all")
			.exchange();
		this.mvc.post()
			.uri("/account/erase")
			.session(TestAccounts.signIn(this.mvc, investigator.username(), TestAccounts.PASSWORD,
					TestAccounts.withAuthenticatorApp(this.apps, investigator)))
			.with(csrf())
			.param("password", TestAccounts.PASSWORD)
			.exchange();

		assertThat(this.accounts.findById(learner.id())).isPresent();
		assertThat(this.accounts.findById(investigator.id())).isPresent();
	}

	private long recordsOf(String actor) {
		return this.jdbc.sql("select count(*) from identity_audit_record where actor = :a")
			.param("a", actor)
			.query(Long.class)
			.single();
	}

}
