package org.pexbsr.identity.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;
import org.pexbsr.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pexbsr.Pages.assertInert;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Names and organisation names typed into the forms with script tags and event handlers
 * come out as plain text on every page that shows them: no script runs, no element gains
 * an event handler, and the text reads exactly as typed.
 */
@PlatformTest
class HostileInputTests {

	static final String SCRIPT = "<script>window.hacked=1</script>";

	static final String HANDLER = "\"><img src=x onerror=\"window.hacked=1\">";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	InvitationRepository invitations;

	@Autowired
	PasswordEncoder encoder;

	String organisationName;

	long organisationId;

	@BeforeEach
	void addAnOrganisationThroughTheForm() {
		this.organisationName = "Unit " + System.nanoTime() + " " + SCRIPT + HANDLER;
		MvcTestResult created = this.mvc.post()
			.uri("/admin/organisations")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("name", this.organisationName)
			.param("country", "PL")
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		this.organisationId = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
	}

	@Test
	void showsAHostileOrganisationNameAsTextOnTheAdministratorsPages() {
		for (String path : List.of("/admin/organisations", "/admin/organisations/" + this.organisationId,
				"/admin/accounts", "/admin/registration-codes", "/invitations")) {
			Document page = Pages.parse(this.mvc.get().uri(path).with(user("admin").roles("ADMIN")));
			assertInert(page, path);
			assertThat(page.text()).as(path).contains(this.organisationName);
		}
	}

	@Test
	void showsAHostileNameChosenAtTheInvitationAsTextEverywhere() {
		String token = Tokens.newLinkToken();
		OffsetDateTime now = OffsetDateTime.now();
		String email = TestAccounts.unique("mallory") + "@example.org";
		this.invitations.create(Tokens.hash(token), new InvitationRepository.NewInvitation(email, this.organisationId,
				java.util.EnumSet.of(Role.LEARNER), "en", null, null, now, now.plusDays(7)));
		Document invitation = Pages.parse(this.mvc.get().uri("/invitation/" + token));
		assertInert(invitation, "the invitation");
		assertThat(invitation.text()).contains(this.organisationName);

		String name = "Mallory " + SCRIPT + HANDLER;
		String username = TestAccounts.unique("mallory");
		assertThat(this.mvc.post()
			.uri("/invitation/" + token)
			.with(csrf())
			.param("displayName", name)
			.param("username", username)
			.param("password", "my own long passphrase")
			.param("repeatedPassword", "my own long passphrase")).hasRedirectedUrl("/login");
		Account account = this.accounts.findByUsername(username).orElseThrow();
		MockHttpSession session = TestAccounts.signIn(this.mvc, username, "my own long passphrase");

		for (String path : List.of("/account", "/privacy")) {
			Document page = Pages.parse(this.mvc.get().uri(path).session(session));
			assertInert(page, path);
			assertThat(page.text()).as(path).contains(name);
		}
		for (String path : List.of("/admin/accounts?q=" + username, "/admin/accounts/" + account.id(),
				"/admin/organisations/" + this.organisationId)) {
			Document page = Pages.parse(this.mvc.get().uri(path).with(user("admin").roles("ADMIN")));
			assertInert(page, path);
			assertThat(page.text()).as(path).contains(name);
		}
	}

	@Test
	void echoesHostileSearchesAsTextOnTheAdministratorsPages() {
		String hostile = SCRIPT + HANDLER;
		for (String path : List.of("/admin/accounts?q={q}", "/admin/audit?actor={q}&action={q}&target={q}")) {
			Document page = Pages
				.parse(this.mvc.get().uri(path, hostile, hostile, hostile).with(user("admin").roles("ADMIN")));
			assertInert(page, path);
			assertThat(page.select("input").eachAttr("value")).as(path).contains(hostile);
		}
	}

	@Test
	void echoesHostileFormFieldsAsTextWhenItRefusesThem() {
		String hostile = SCRIPT + HANDLER;
		Document registration = Pages.parse(this.mvc.post()
			.uri("/register")
			.with(csrf())
			.param("code", hostile)
			.param("email", hostile)
			.exchange());
		assertInert(registration, "the refused registration");
		assertThat(registration.select("input").eachAttr("value")).contains(hostile);

		Document reset = Pages
			.parse(this.mvc.post().uri("/password-reset").with(csrf()).param("email", hostile).exchange());
		assertInert(reset, "the refused password reset");
		assertThat(reset.select("input").eachAttr("value")).contains(hostile);

		Document signIn = Pages.parse(this.mvc.get().uri("/login?error&username={u}", hostile));
		assertInert(signIn, "the sign-in page");
	}

	@Test
	void refusesAnAccountNameThatIsNotPlainLettersAndDigits() {
		String token = Tokens.newLinkToken();
		OffsetDateTime now = OffsetDateTime.now();
		this.invitations.create(Tokens.hash(token),
				new InvitationRepository.NewInvitation(TestAccounts.unique("x") + "@example.org", this.organisationId,
						java.util.EnumSet.of(Role.LEARNER), "en", null, null, now, now.plusDays(7)));

		MvcTestResult result = this.mvc.post()
			.uri("/invitation/" + token)
			.with(csrf())
			.param("displayName", "Eve")
			.param("username", "=cmd|' /C calc'!A0")
			.param("password", "my own long passphrase")
			.param("repeatedPassword", "my own long passphrase")
			.exchange();

		Document page = Pages.parse(result);
		assertThat(page.selectFirst("#username-error").text()).contains("lower-case letters");
		assertInert(page, "the refused form");
	}

}
