package org.pexbsr.identity.internal;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;
import org.pexbsr.SignIn;
import org.pexbsr.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The second factor through the real sign-in form: an investigator, editor, data steward
 * or administrator holds no role after the password alone, passes with an authenticator
 * code or a recovery code (each once), or sets up a factor first; a learner signs in with
 * the password only. Every factor event is in the audit trail, without the codes.
 */
@PlatformTest
class SecondFactorTests {

	private static final String RESTRICTED_CHAPTER = "/protocol/financial-investigation";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AuthenticatorApps apps;

	@Autowired
	RecoveryCodes recoveryCodes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublicKeyCredentialUserEntityRepository passkeyUsers;

	@Autowired
	UserCredentialRepository passkeyCredentials;

	private TestAccounts people;

	private Organisation police;

	@BeforeEach
	void makeAnOrganisation() {
		this.people = new TestAccounts(this.accounts, this.organisations, this.encoder);
		this.police = this.people.organisation(TestAccounts.unique("Police"), "SE");
	}

	@Test
	void signsInALearnerWithThePasswordOnly() {
		MockHttpSession session = TestAccounts.signIn(this.mvc, "learner", "learner-password");

		assertThat(this.mvc.get().uri("/account").session(session)).hasStatusOk().bodyText().contains("Learner");
		assertThat(this.mvc.get().uri("/privacy").session(session)).hasStatusOk();
	}

	@Test
	void withholdsTheRolesOfAnInvestigatorWhoGaveOnlyThePassword() {
		Account investigator = this.people.account(this.police, Role.INVESTIGATOR);
		TestAccounts.withAuthenticatorApp(this.apps, investigator);
		MockHttpSession session = TestAccounts.signIn(this.mvc, investigator.username(), TestAccounts.PASSWORD);

		assertThat(this.mvc.get().uri(RESTRICTED_CHAPTER).session(session))
			.hasRedirectedUrl(SecondFactorFilter.SECOND_FACTOR_PAGE);
		assertThat(this.mvc.get().uri("/account").session(session))
			.hasRedirectedUrl(SecondFactorFilter.SECOND_FACTOR_PAGE);
		assertThat(this.mvc.get().uri("/account/security").session(session))
			.hasRedirectedUrl(SecondFactorFilter.SECOND_FACTOR_PAGE);
		assertThat(this.mvc.post().uri("/webauthn/register/options").session(session).with(csrf()))
			.hasRedirectedUrl(SecondFactorFilter.SECOND_FACTOR_PAGE);
		assertThat(this.mvc.get().uri("/api/v1/evidence/imports").session(session)).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get().uri(SecondFactorFilter.SECOND_FACTOR_PAGE).session(session)).hasStatusOk()
			.bodyText()
			.contains("Six-digit code");
	}

	@Test
	void keepsAnAdministratorWithoutTheSecondFactorFromTheAdministrationPages() {
		Account admin = this.people.account(TestAccounts.unique("second-admin"), null, Role.ADMIN);
		TestAccounts.withAuthenticatorApp(this.apps, admin);
		MockHttpSession session = TestAccounts.signIn(this.mvc, admin.username(), TestAccounts.PASSWORD);

		assertThat(this.mvc.get().uri("/admin/accounts").session(session))
			.hasRedirectedUrl(SecondFactorFilter.SECOND_FACTOR_PAGE);
		assertThat(this.mvc.post()
			.uri("/admin/accounts/" + admin.id() + "/roles")
			.session(session)
			.with(csrf())
			.param("roles", "ADMIN")).hasRedirectedUrl(SecondFactorFilter.SECOND_FACTOR_PAGE);
	}

	@Test
	void passesWithTheAuthenticatorCodeAndGoesOnToThePageAskedFor() {
		Account investigator = this.people.account(this.police, Role.INVESTIGATOR);
		String secret = TestAccounts.withAuthenticatorApp(this.apps, investigator);
		MockHttpSession session = TestAccounts.signIn(this.mvc, investigator.username(), TestAccounts.PASSWORD);
		assertThat(this.mvc.get().uri(RESTRICTED_CHAPTER).session(session))
			.hasRedirectedUrl(SecondFactorFilter.SECOND_FACTOR_PAGE);

		assertThat(this.mvc.post()
			.uri(SecondFactorFilter.SECOND_FACTOR_PAGE)
			.session(session)
			.with(csrf())
			.param("code", SignIn.totpCode(secret))).hasRedirectedUrl(RESTRICTED_CHAPTER);

		assertThat(this.mvc.get().uri(RESTRICTED_CHAPTER).session(session)).hasStatusOk();
	}

	@Test
	void refusesAWrongCodeWithAClearMessageAndRecordsIt() {
		Account editor = this.people.account(this.police, Role.EDITOR);
		String secret = TestAccounts.withAuthenticatorApp(this.apps, editor);
		MockHttpSession session = TestAccounts.signIn(this.mvc, editor.username(), TestAccounts.PASSWORD);
		String wrong = wrongCode(secret);

		MvcTestResult refused = this.mvc.post()
			.uri(SecondFactorFilter.SECOND_FACTOR_PAGE)
			.session(session)
			.with(csrf())
			.param("code", wrong)
			.exchange();

		assertThat(refused).hasStatusOk();
		assertThat(Pages.parse(refused).select(".error-summary").text()).contains("The code is not right");
		assertThat(this.mvc.get().uri("/admin/audit").session(session))
			.hasRedirectedUrl(SecondFactorFilter.SECOND_FACTOR_PAGE);
		assertThat(records(editor)).anySatisfy((row) -> {
			assertThat(row).containsEntry("action", SignInFactors.FAILED)
				.containsEntry("target", "identity/account/" + editor.id());
			assertThat(String.valueOf(row.get("detail"))).doesNotContain(wrong);
		});
	}

	@Test
	void refusesTheSameCodeTwice() {
		Account steward = this.people.account(this.police, Role.DATA_STEWARD);
		String secret = TestAccounts.withAuthenticatorApp(this.apps, steward);
		String code = SignIn.totpCode(secret);
		MockHttpSession first = TestAccounts.signIn(this.mvc, steward.username(), TestAccounts.PASSWORD);
		assertThat(this.mvc.post()
			.uri(SecondFactorFilter.SECOND_FACTOR_PAGE)
			.session(first)
			.with(csrf())
			.param("code", code)).hasRedirectedUrl("/");

		MockHttpSession second = TestAccounts.signIn(this.mvc, steward.username(), TestAccounts.PASSWORD);
		assertThat(this.mvc.post()
			.uri(SecondFactorFilter.SECOND_FACTOR_PAGE)
			.session(second)
			.with(csrf())
			.param("code", code)).hasStatusOk().bodyText().contains("used already");
	}

	@Test
	void takesEachRecoveryCodeOnce() {
		Account investigator = this.people.account(this.police, Role.INVESTIGATOR);
		TestAccounts.withAuthenticatorApp(this.apps, investigator);
		List<String> codes = this.recoveryCodes.renew(investigator.id());

		MockHttpSession session = TestAccounts.signIn(this.mvc, investigator.username(), TestAccounts.PASSWORD);
		assertThat(useRecoveryCode(session, codes.get(3).toLowerCase(java.util.Locale.ROOT))).hasRedirectedUrl("/");
		assertThat(this.mvc.get().uri(RESTRICTED_CHAPTER).session(session)).hasStatusOk();

		MockHttpSession again = TestAccounts.signIn(this.mvc, investigator.username(), TestAccounts.PASSWORD);
		MvcTestResult refused = this.mvc.post()
			.uri(SecondFactorFilter.SECOND_FACTOR_PAGE + "/recovery")
			.session(again)
			.with(csrf())
			.param("recoveryCode", codes.get(3))
			.exchange();
		assertThat(refused).hasStatusOk();
		assertThat(Pages.parse(refused).select(".error-summary").text()).contains("recovery code is not right");
		assertThat(this.recoveryCodes.unused(investigator.id())).isEqualTo(RecoveryCodes.COUNT - 1);
		assertThat(records(investigator)).extracting((row) -> row.get("action"))
			.contains(SignInFactors.RECOVERY_CODE_USED, SignInFactors.PASSED, SignInFactors.FAILED);
		assertThat(records(investigator).toString()).doesNotContain(codes.get(3));
	}

	@Test
	void endsTheSignInAfterTooManyWrongCodes() {
		Account investigator = this.people.account(this.police, Role.INVESTIGATOR);
		String secret = TestAccounts.withAuthenticatorApp(this.apps, investigator);
		MockHttpSession session = TestAccounts.signIn(this.mvc, investigator.username(), TestAccounts.PASSWORD);
		String wrong = wrongCode(secret);

		MvcTestResult last = null;
		for (int i = 0; i < SecondFactorController.ATTEMPTS; i++) {
			last = this.mvc.post()
				.uri(SecondFactorFilter.SECOND_FACTOR_PAGE)
				.session(session)
				.with(csrf())
				.param("code", wrong)
				.exchange();
		}

		assertThat(last).hasRedirectedUrl("/login?tooManyCodes");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void removesAPasskeyOnlyWhereThePasswordIsAskedFor() {
		Account investigator = this.people.account(this.police, Role.INVESTIGATOR);
		String secret = TestAccounts.withAuthenticatorApp(this.apps, investigator);
		Bytes passkey = passkeyOf(investigator);
		MockHttpSession session = TestAccounts.signIn(this.mvc, investigator.username(), TestAccounts.PASSWORD, secret);

		assertThat(this.mvc.delete()
			.uri("/webauthn/register/" + passkey.toBase64UrlString())
			.session(session)
			.with(csrf())).as("Spring Security's own removal, which asks for no password")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.passkeyCredentials.findByCredentialId(passkey)).isNotNull();
	}

	@Test
	void limitsWrongCodesForOneAccountAcrossSignIns() {
		Account investigator = this.people.account(this.police, Role.INVESTIGATOR);
		String secret = TestAccounts.withAuthenticatorApp(this.apps, investigator);
		String wrong = wrongCode(secret);
		MockHttpSession openedEarlier = TestAccounts.signIn(this.mvc, investigator.username(), TestAccounts.PASSWORD);
		for (int round = 0; round < 2; round++) {
			MockHttpSession session = TestAccounts.signIn(this.mvc, investigator.username(), TestAccounts.PASSWORD);
			for (int i = 0; i < SecondFactorController.ATTEMPTS; i++) {
				this.mvc.post()
					.uri(SecondFactorFilter.SECOND_FACTOR_PAGE)
					.session(session)
					.with(csrf())
					.param("code", wrong)
					.exchange();
			}
		}

		assertThat(this.mvc.post()
			.uri(SecondFactorFilter.SECOND_FACTOR_PAGE)
			.session(openedEarlier)
			.with(csrf())
			.param("code", SignIn.totpCode(secret))).as("no more codes through a sign-in made before")
			.hasRedirectedUrl("/login?tooManyCodes");
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", investigator.username())
			.param("password", TestAccounts.PASSWORD)).as("the right password does not open new tries")
			.hasStatus(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void sendsAPrivilegedAccountWithoutAFactorToSetOneUpAndGivesItsRolesOnceConfirmed() {
		Account investigator = this.people.account(this.police, Role.INVESTIGATOR);
		MockHttpSession session = TestAccounts.signIn(this.mvc, investigator.username(), TestAccounts.PASSWORD);
		assertThat(this.mvc.get().uri(RESTRICTED_CHAPTER).session(session))
			.hasRedirectedUrl(SecondFactorFilter.SECURITY_PAGE);
		assertThat(this.mvc.post().uri(SecurityPageController.CODES_PAGE).session(session).with(csrf()))
			.hasRedirectedUrl(SecondFactorFilter.SECURITY_PAGE);

		Document setUp = Pages.parse(this.mvc.get().uri(SecurityPageController.APP_PAGE).session(session));
		String secret = setUp.getElementById("secret").text().replace(" ", "");
		assertThat(setUp.getElementById("otpauth-uri").text()).startsWith("otpauth://totp/PEX-BSR%20Platform:")
			.contains("secret=" + secret);
		assertThat(setUp.select("img.qr-code").attr("src")).startsWith("data:image/svg+xml;base64,");
		assertThat(this.mvc.post()
			.uri(SecurityPageController.APP_PAGE)
			.session(session)
			.with(csrf())
			.param("code", wrongCode(secret))).hasStatusOk().bodyText().contains("The code is not right");

		MvcTestResult confirmed = this.mvc.post()
			.uri(SecurityPageController.APP_PAGE)
			.session(session)
			.with(csrf())
			.param("code", SignIn.totpCode(secret))
			.exchange();
		assertThat(confirmed).hasRedirectedUrl(SecurityPageController.CODES_PAGE);
		@SuppressWarnings("unchecked")
		List<String> shown = (List<String>) confirmed.getMvcResult().getFlashMap().get("recoveryCodes");
		assertThat(shown).hasSize(RecoveryCodes.COUNT)
			.allMatch((code) -> code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
		assertThat(this.mvc.get().uri(RESTRICTED_CHAPTER).session(session)).hasStatusOk();
		assertThat(records(investigator)).extracting((row) -> row.get("action"))
			.contains(SignInFactors.ADDED, SignInFactors.RECOVERY_CODES_RENEWED, SignInFactors.PASSED);
		assertThat(this.jdbc.sql("select secret_encrypted from identity_totp where account_id = :id")
			.param("id", investigator.id())
			.query(String.class)
			.single()).doesNotContain(secret);
	}

	@Test
	void holdsBackARoleGivenWhileTheAccountIsSignedInWithThePasswordOnly() {
		Account learner = this.people.account(this.police, Role.LEARNER);
		MockHttpSession session = TestAccounts.signIn(this.mvc, learner.username(), TestAccounts.PASSWORD);
		assertThat(this.mvc.get().uri("/account").session(session)).hasStatusOk();

		this.accounts.replaceRoles(learner.id(), java.util.Set.of(Role.LEARNER, Role.INVESTIGATOR));

		assertThat(this.mvc.get().uri(RESTRICTED_CHAPTER).session(session))
			.hasRedirectedUrl(SecondFactorFilter.SECURITY_PAGE);
	}

	@Test
	void letsThePersonRemoveTheirAuthenticatorAppOnlyWithTheirPassword() {
		Account editor = this.people.account(this.police, Role.EDITOR);
		String secret = TestAccounts.withAuthenticatorApp(this.apps, editor);
		MockHttpSession session = TestAccounts.signIn(this.mvc, editor.username(), TestAccounts.PASSWORD, secret);

		assertThat(this.mvc.post().uri(SecurityPageController.APP_PAGE + "/remove").session(session).with(csrf()))
			.hasRedirectedUrl(SecondFactorFilter.SECURITY_PAGE)
			.flash()
			.containsEntry("confirmError", "security.confirmWrong");
		assertThat(this.mvc.post()
			.uri(SecurityPageController.APP_PAGE + "/remove")
			.session(session)
			.with(csrf())
			.param("password", "not-" + TestAccounts.PASSWORD)).hasRedirectedUrl(SecondFactorFilter.SECURITY_PAGE);
		assertThat(this.apps.isSetUp(editor.id())).isTrue();

		assertThat(this.mvc.post()
			.uri(SecurityPageController.APP_PAGE + "/remove")
			.session(session)
			.with(csrf())
			.param("password", TestAccounts.PASSWORD)).hasRedirectedUrl(SecondFactorFilter.SECURITY_PAGE);

		assertThat(this.apps.isSetUp(editor.id())).isFalse();
		assertThat(records(editor)).anySatisfy((row) -> assertThat(row).containsEntry("action", SignInFactors.REMOVED)
			.containsEntry("detail", "authenticator app"));
	}

	@Test
	void limitsGuessesAtThePasswordThatConfirmsRemovingAFactor() {
		Account editor = this.people.account(this.police, Role.EDITOR);
		String secret = TestAccounts.withAuthenticatorApp(this.apps, editor);
		MockHttpSession session = TestAccounts.signIn(this.mvc, editor.username(), TestAccounts.PASSWORD, secret);
		for (int guess = 0; guess < 10; guess++) {
			this.mvc.post()
				.uri(SecurityPageController.APP_PAGE + "/remove")
				.session(session)
				.with(csrf())
				.param("password", "guess-" + guess)
				.exchange();
		}

		assertThat(this.mvc.post()
			.uri(SecurityPageController.APP_PAGE + "/remove")
			.session(session)
			.with(csrf())
			.param("password", TestAccounts.PASSWORD)).flash().containsEntry("confirmError", "security.confirmWrong");
		assertThat(this.apps.isSetUp(editor.id())).isTrue();
	}

	@Test
	void letsAnAdministratorRemoveTheFactorsOfSomeoneWhoLostThemAll() {
		Account investigator = this.people.account(this.police, Role.INVESTIGATOR);
		TestAccounts.withAuthenticatorApp(this.apps, investigator);
		this.recoveryCodes.renew(investigator.id());
		String reset = "/admin/accounts/" + investigator.id() + "/factors/reset";

		assertThat(this.mvc.post().uri(reset).with(user("admin").roles("ADMIN")).with(csrf()).param("confirm", "x"))
			.flash()
			.containsEntry("message", "identity.admin.resetFactorsConfirm");
		assertThat(this.apps.isSetUp(investigator.id())).isTrue();
		assertThat(this.mvc.post()
			.uri(reset)
			.with(user(investigator.username()).roles("INVESTIGATOR"))
			.with(csrf())
			.param("confirm", investigator.username())).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(this.mvc.post()
			.uri(reset)
			.with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("confirm", investigator.username())).flash().containsEntry("message", "identity.admin.factorsReset");

		assertThat(this.apps.isSetUp(investigator.id())).isFalse();
		assertThat(this.recoveryCodes.unused(investigator.id())).isZero();
		assertThat(records(investigator))
			.anySatisfy((row) -> assertThat(row).containsEntry("action", "identity.account.factors-reset"));
		MockHttpSession session = TestAccounts.signIn(this.mvc, investigator.username(), TestAccounts.PASSWORD);
		assertThat(this.mvc.get().uri(RESTRICTED_CHAPTER).session(session))
			.hasRedirectedUrl(SecondFactorFilter.SECURITY_PAGE);
	}

	private MvcTestResult useRecoveryCode(MockHttpSession session, String code) {
		return this.mvc.post()
			.uri(SecondFactorFilter.SECOND_FACTOR_PAGE + "/recovery")
			.session(session)
			.with(csrf())
			.param("recoveryCode", code)
			.exchange();
	}

	private List<Map<String, Object>> records(Account account) {
		return this.jdbc.sql("select action, target, detail from identity_audit_record where target = :target")
			.param("target", "identity/account/" + account.id())
			.query()
			.listOfRows();
	}

	/** A code that is none of those the platform would take now. */
	/** A passkey as the registration stores it; its key is never used to sign in. */
	private Bytes passkeyOf(Account account) {
		PublicKeyCredentialUserEntity user = ImmutablePublicKeyCredentialUserEntity.builder()
			.name(account.username())
			.id(Bytes.random())
			.displayName(account.username())
			.build();
		this.passkeyUsers.save(user);
		Bytes id = Bytes.random();
		this.passkeyCredentials.save(ImmutableCredentialRecord.builder()
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.credentialId(id)
			.userEntityUserId(user.getId())
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 }))
			.signatureCount(0)
			.uvInitialized(true)
			.transports(java.util.Set.of())
			.backupEligible(false)
			.backupState(false)
			.label("Test key")
			.build());
		return id;
	}

	private static String wrongCode(String secret) {
		long now = java.time.Instant.now().getEpochSecond() / 30;
		for (int candidate = 0;; candidate++) {
			String code = String.format("%06d", candidate);
			boolean valid = false;
			for (long step = now - 2; step <= now + 2; step++) {
				valid |= SignIn.codeAt(secret, step).equals(code);
			}
			if (!valid) {
				return code;
			}
		}
	}

}
