package org.pexbsr.identity.internal;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;
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
 * Invitations through the real mail: an administrator or an organisation's manager sends
 * one, the invitee follows the link in the mail received by the SMTP server and chooses
 * name and password, and the account has the roles and organisation of the invitation. A
 * link works once and not after it expires.
 */
@PlatformTest
class InvitationTests {

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

	TestAccounts people;

	Organisation embassy;

	@BeforeEach
	void makeAnOrganisation() {
		this.people = new TestAccounts(this.accounts, this.organisations, this.encoder);
		this.embassy = this.people.organisation(TestAccounts.unique("Embassy of Sweden in Kyiv"), "SE");
	}

	@Test
	void createsTheAccountFromTheLinkInTheMailWithTheInvitationsRolesAndOrganisation() {
		String email = TestAccounts.unique("anna") + "@example.org";

		assertThat(invite(email, this.embassy, "admin", Role.LEARNER, Role.REVIEWER)).hasRedirectedUrl("/invitations");
		MimeMessage mail = TestMailServer.onlyMailTo(email);
		String link = TestMailServer.linkPath(mail);
		assertThat(TestMailServer.body(mail)).contains(this.embassy.name()).contains("Administrator");
		Document form = Pages.parse(this.mvc.get().uri(link));
		assertThat(form.selectFirst("#invitation-lead").text()).contains(this.embassy.name());

		String username = TestAccounts.unique("anna");
		assertThat(accept(link, "Anna Kowalska", username, "my own long passphrase")).hasRedirectedUrl("/login");
		Account account = this.accounts.findByUsername(username).orElseThrow();
		assertThat(account.displayName()).isEqualTo("Anna Kowalska");
		assertThat(account.email()).isEqualTo(email);
		assertThat(account.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.REVIEWER);
		assertThat(account.organisationId()).isEqualTo(this.embassy.id());
		assertThat(account.country()).isEqualTo("SE");
		assertThat(account.passwordHash()).startsWith("{argon2}");
		TestAccounts.signIn(this.mvc, username, "my own long passphrase");
	}

	@Test
	void refusesALinkThatWasUsedAlready() {
		String email = TestAccounts.unique("ben") + "@example.org";
		invite(email, this.embassy, "admin", Role.LEARNER);
		String link = TestMailServer.linkPath(TestMailServer.onlyMailTo(email));
		assertThat(accept(link, "Ben", TestAccounts.unique("ben"), "my own long passphrase"))
			.hasRedirectedUrl("/login");

		MvcTestResult again = accept(link, "Someone else", TestAccounts.unique("eve"), "another long passphrase");

		assertThat(again).hasStatus(HttpStatus.GONE);
		assertThat(Pages.parse(again).selectFirst("#link-reason").text()).contains("used already");
		assertThat(this.mvc.get().uri(link)).hasStatus(HttpStatus.GONE);
	}

	@Test
	void refusesAnExpiredLink() {
		String token = Tokens.newLinkToken();
		OffsetDateTime sent = OffsetDateTime.now().minusDays(8);
		this.invitations.create(Tokens.hash(token),
				new InvitationRepository.NewInvitation(TestAccounts.unique("late") + "@example.org", this.embassy.id(),
						EnumSet.of(Role.LEARNER), "en", null, null, sent, sent.plusDays(7)));

		MvcTestResult page = this.mvc.get().uri("/invitation/" + token).exchange();
		String username = TestAccounts.unique("late");
		MvcTestResult post = accept("/invitation/" + token, "Late", username, "my own long passphrase");

		assertThat(page).hasStatus(HttpStatus.GONE);
		assertThat(Pages.parse(page).selectFirst("#link-reason").text()).contains("expired");
		assertThat(post).hasStatus(HttpStatus.GONE);
		assertThat(this.accounts.findByUsername(username)).isEmpty();
	}

	@Test
	void answersNotFoundForALinkItNeverMade() {
		assertThat(this.mvc.get().uri("/invitation/" + Tokens.newLinkToken())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void keepsOnlyAHashOfTheToken() {
		String email = TestAccounts.unique("hash") + "@example.org";
		invite(email, this.embassy, "admin", Role.LEARNER);
		String token = TestMailServer.linkPath(TestMailServer.onlyMailTo(email)).substring("/invitation/".length());

		Invitation stored = this.invitations.findByTokenHash(Tokens.hash(token)).orElseThrow();

		assertThat(stored.email()).isEqualTo(email);
		assertThat(this.invitations.findByTokenHash(token)).isEmpty();
	}

	@Test
	void refusesAPasswordFromTheListOfCommonOnesAndKeepsTheLinkUsable() {
		String email = TestAccounts.unique("cara") + "@example.org";
		invite(email, this.embassy, "admin", Role.LEARNER);
		String link = TestMailServer.linkPath(TestMailServer.onlyMailTo(email));

		MvcTestResult weak = accept(link, "Cara", TestAccounts.unique("cara"), "Password1234");

		assertThat(weak).hasStatusOk();
		assertThat(Pages.parse(weak).selectFirst("#password-error").text()).contains("attackers try");
		assertThat(this.mvc.get().uri(link)).hasStatusOk();
	}

	@Test
	void asksForAnotherAccountNameWhenTheChosenOneIsTaken() {
		String email = TestAccounts.unique("dan") + "@example.org";
		invite(email, this.embassy, "admin", Role.LEARNER);
		String link = TestMailServer.linkPath(TestMailServer.onlyMailTo(email));

		MvcTestResult taken = accept(link, "Dan", "investigator", "my own long passphrase");

		assertThat(taken).hasStatusOk();
		assertThat(Pages.parse(taken).selectFirst("#username-error").text()).contains("taken");
	}

	@Test
	void givesTheSameAnswerForAnAddressThatHasAnAccountAndMailsItsOwnerInstead() {
		Account existing = this.people.account(this.embassy, Role.LEARNER);

		MvcTestResult known = invite(existing.email(), this.embassy, "admin", Role.LEARNER);
		MvcTestResult unknown = invite(TestAccounts.unique("new") + "@example.org", this.embassy, "admin",
				Role.LEARNER);

		assertThat(known).hasRedirectedUrl("/invitations");
		assertThat(unknown).hasRedirectedUrl("/invitations");
		assertThat(Map.copyOf(known.getMvcResult().getFlashMap()))
			.isEqualTo(Map.copyOf(unknown.getMvcResult().getFlashMap()));
		assertThat(Map.copyOf(known.getMvcResult().getFlashMap())).containsEntry("message", "identity.invitation.sent");
		assertThat(TestMailServer.body(TestMailServer.onlyMailTo(existing.email()))).contains("You already have one")
			.doesNotContain("/invitation/");
	}

	@Test
	void letsAManagerInviteIntoTheirOwnOrganisationOnlyAndWithTheirOwnRolesOnly() {
		Account manager = this.people.account(this.embassy, Role.INVESTIGATOR);
		this.organisations.addManager(this.embassy.id(), manager.id());
		Organisation other = this.people.organisation(TestAccounts.unique("Police of Latvia"), "LV");

		MvcTestResult own = invite(TestAccounts.unique("own") + "@example.org", this.embassy, manager.username(),
				Role.INVESTIGATOR);
		MvcTestResult foreign = invite(TestAccounts.unique("foreign") + "@example.org", other, manager.username(),
				Role.INVESTIGATOR);
		MvcTestResult admin = invite(TestAccounts.unique("up") + "@example.org", this.embassy, manager.username(),
				Role.ADMIN);

		assertThat(own).hasRedirectedUrl("/invitations");
		assertThat(foreign).hasStatusOk();
		assertThat(Pages.parse(foreign).selectFirst("#organisationId-error")).isNotNull();
		assertThat(admin).hasStatusOk();
		assertThat(Pages.parse(admin).selectFirst("#roles-error")).isNotNull();
	}

	@Test
	void keepsPeopleWhoManageNothingFromTheInvitationPage() {
		Account learner = this.people.account(this.embassy, Role.LEARNER);

		assertThat(this.mvc.get().uri("/invitations").with(user(learner.username()).roles("LEARNER")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void withdrawsAnInvitationSoThatItsLinkStopsWorking() {
		String email = TestAccounts.unique("withdrawn") + "@example.org";
		invite(email, this.embassy, "admin", Role.LEARNER);
		String link = TestMailServer.linkPath(TestMailServer.onlyMailTo(email));
		Invitation invitation = this.invitations.findByTokenHash(Tokens.hash(link.substring(12))).orElseThrow();

		assertThat(this.mvc.post()
			.uri("/invitations/" + invitation.id() + "/revoke")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).hasRedirectedUrl("/invitations");

		assertThat(this.mvc.get().uri(link)).hasStatus(HttpStatus.GONE);
	}

	private MvcTestResult invite(String email, Organisation organisation, String inviter, Role... roles) {
		var request = this.mvc.post()
			.uri("/invitations")
			.with(user(inviter).roles(inviter.equals("admin") ? "ADMIN" : "INVESTIGATOR"))
			.with(csrf())
			.param("email", email)
			.param("organisationId", Long.toString(organisation.id()))
			.param("language", "en");
		for (Role role : Set.of(roles)) {
			request = request.param("roles", role.name());
		}
		return request.exchange();
	}

	private MvcTestResult accept(String link, String name, String username, String password) {
		return this.mvc.post()
			.uri(link)
			.with(csrf())
			.param("displayName", name)
			.param("username", username)
			.param("password", password)
			.param("repeatedPassword", password)
			.exchange();
	}

}
