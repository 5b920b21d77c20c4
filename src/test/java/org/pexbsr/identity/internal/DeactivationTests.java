package org.pexbsr.identity.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pexbsr.PlatformTest;
import org.pexbsr.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Deactivating an account: it cannot sign in, its open session ends at the next request,
 * reactivating lets it in again, and role changes apply to open sessions; every change is
 * audited.
 */
@PlatformTest
class DeactivationTests {

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

	String secret;

	@BeforeEach
	void makeAnAccount() {
		TestAccounts people = new TestAccounts(this.accounts, this.organisations, this.encoder);
		this.person = people.account(people.organisation(TestAccounts.unique("Police of Lithuania"), "LT"),
				Role.INVESTIGATOR);
		this.secret = TestAccounts.withAuthenticatorApp(this.apps, this.person);
	}

	@Test
	void endsTheOpenSessionAndRefusesTheNextSignIn() {
		MockHttpSession session = TestAccounts.signIn(this.mvc, this.person.username(), TestAccounts.PASSWORD,
				this.secret);
		assertThat(this.mvc.get().uri("/account").session(session)).hasStatusOk();

		assertThat(adminPosts("/deactivate")).hasRedirectedUrl("/admin/accounts/" + this.person.id());

		assertThat(this.mvc.get().uri("/account").session(session)).hasRedirectedUrl("/login?ended");
		assertThat(this.mvc.get().uri("/account").session(session).exchange().getResponse().getRedirectedUrl())
			.endsWith("/login");
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", this.person.username())
			.param("password", TestAccounts.PASSWORD)).hasRedirectedUrl("/login?error");
		assertThat(lastAction()).isEqualTo("identity.sign-in.failed");
	}

	@Test
	void letsAReactivatedAccountSignInAgain() {
		adminPosts("/deactivate");

		assertThat(adminPosts("/reactivate")).hasRedirectedUrl("/admin/accounts/" + this.person.id());

		TestAccounts.signIn(this.mvc, this.person.username(), TestAccounts.PASSWORD);
		assertThat(this.accounts.findById(this.person.id()).orElseThrow().enabled()).isTrue();
	}

	@Test
	void recordsEachChangeInTheAuditTrail() {
		adminPosts("/deactivate");
		adminPosts("/reactivate");

		assertThat(this.jdbc.sql("""
				select action from identity_audit_record where target = :target and actor = 'admin' order by id""")
			.param("target", "identity/account/" + this.person.id())
			.query(String.class)
			.list()).containsExactly("identity.account.deactivated", "identity.account.reactivated");
	}

	@Test
	void appliesARoleChangeToTheOpenSession() {
		MockHttpSession session = TestAccounts.signIn(this.mvc, this.person.username(), TestAccounts.PASSWORD,
				this.secret);
		assertThat(this.mvc.get().uri("/admin/accounts").session(session)).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(this.mvc.post()
			.uri("/admin/accounts/" + this.person.id() + "/roles")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("roles", "INVESTIGATOR", "ADMIN")).hasRedirectedUrl("/admin/accounts/" + this.person.id());

		assertThat(this.mvc.get().uri("/admin/accounts").session(session)).hasStatusOk();
		assertThat(this.jdbc
			.sql("select detail from identity_audit_record where action = 'identity.account."
					+ "roles-changed' and target = :target")
			.param("target", "identity/account/" + this.person.id())
			.query(String.class)
			.single()).isEqualTo("[INVESTIGATOR] -> [ADMIN, INVESTIGATOR]");
	}

	@Test
	void keepsTheAdministratorFromLockingThemselvesOut() {
		long admin = this.accounts.findByUsername("admin").orElseThrow().id();

		this.mvc.post()
			.uri("/admin/accounts/" + admin + "/deactivate")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())
			.exchange();
		this.mvc.post()
			.uri("/admin/accounts/" + admin + "/roles")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("roles", "EDITOR")
			.exchange();

		Account after = this.accounts.findById(admin).orElseThrow();
		assertThat(after.enabled()).isTrue();
		assertThat(after.roles()).contains(Role.ADMIN);
	}

	@Test
	void findsAccountsByNameRoleAndStatus() {
		adminPosts("/deactivate");

		assertThat(this.mvc.get()
			.uri("/admin/accounts?q={q}&role=INVESTIGATOR&status=deactivated", this.person.username())
			.with(user("admin").roles("ADMIN"))).bodyText().contains(this.person.displayName());
		assertThat(this.mvc.get()
			.uri("/admin/accounts?q={q}&status=active", this.person.username())
			.with(user("admin").roles("ADMIN"))).bodyText().doesNotContain(this.person.displayName());
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult adminPosts(String action) {
		return this.mvc.post()
			.uri("/admin/accounts/" + this.person.id() + action)
			.with(user("admin").roles("ADMIN"))
			.with(csrf())
			.exchange();
	}

	private String lastAction() {
		return this.jdbc
			.sql("select action from identity_audit_record where actor = :actor order by id desc "
					+ "fetch first 1 rows only")
			.param("actor", this.person.username())
			.query(String.class)
			.single();
	}

}
