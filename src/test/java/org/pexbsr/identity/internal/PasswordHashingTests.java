package org.pexbsr.identity.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pexbsr.PlatformTest;
import org.pexbsr.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Passwords are hashed with Argon2id; a bcrypt hash from before still lets its owner in
 * and is replaced by an Argon2id hash at that sign-in; the policy refuses short, common
 * and personal passwords.
 */
@PlatformTest
class PasswordHashingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	PasswordPolicy policy;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuthenticatorApps apps;

	@Test
	void hashesNewPasswordsWithArgon2id() {
		String hash = this.encoder.encode("a long enough passphrase");

		assertThat(hash).startsWith("{argon2}$argon2id$");
		assertThat(this.encoder.matches("a long enough passphrase", hash)).isTrue();
		assertThat(this.encoder.matches("a long enough passphrasE", hash)).isFalse();
	}

	@Test
	void upgradesABcryptHashAtSignIn() {
		String username = TestAccounts.unique("old-timer");
		String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode("an old but long password");
		this.accounts.create(new AccountRepository.NewAccount(username, "Old Timer", null, bcrypt, null, null, false,
				Set.of(Role.EDITOR)));

		TestAccounts.signIn(this.mvc, username, "an old but long password");

		String stored = this.accounts.findByUsername(username).orElseThrow().passwordHash();
		assertThat(stored).startsWith("{argon2}");
		assertThat(this.encoder.matches("an old but long password", stored)).isTrue();
		TestAccounts.signIn(this.mvc, username, "an old but long password");
	}

	@Test
	void refusesShortCommonAndPersonalPasswords() {
		assertThat(this.policy.check("eleven char")).contains("identity.password.tooShort");
		assertThat(this.policy.check("QWERTY123456")).contains("identity.password.common");
		assertThat(this.policy.check("password1234")).contains("identity.password.common");
		assertThat(this.policy.check("anna.k-is-my-password", "anna.k", "anna@example.org"))
			.contains("identity.password.personal");
		assertThat(this.policy.check("x".repeat(201))).contains("identity.password.tooLong");
		assertThat(this.policy.check("twelve chars")).isEmpty();
		assertThat(this.policy.check("purple otters sing at dawn", "anna.k", null)).isEmpty();
	}

	@Test
	void refusesACommonPasswordOnThePasswordPageAndRecordsAChange() {
		String username = TestAccounts.unique("changer");
		this.accounts.create(new AccountRepository.NewAccount(username, "Changer", null,
				this.encoder.encode(TestAccounts.PASSWORD), null, null, false, Set.of(Role.EDITOR)));
		String secret = TestAccounts.withAuthenticatorApp(this.apps,
				this.accounts.findByUsername(username).orElseThrow());
		MockHttpSession session = TestAccounts.signIn(this.mvc, username, TestAccounts.PASSWORD, secret);

		MvcTestResult common = change(session, "qwertyuiop123");
		MvcTestResult good = change(session, "lanterns over the harbour");

		assertThat(common).hasStatusOk().bodyText().contains("attackers try");
		assertThat(good).hasRedirectedUrl("/");
		assertThat(this.jdbc
			.sql("select count(*) from identity_audit_record where actor = :a and action = "
					+ "'identity.password.changed'")
			.param("a", username)
			.query(Long.class)
			.single()).isOne();
	}

	private MvcTestResult change(MockHttpSession session, String password) {
		return this.mvc.post()
			.uri("/account/password")
			.session(session)
			.with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", password)
			.param("repeatedPassword", password)
			.exchange();
	}

	@Test
	void countsCharactersNotBytes() {
		assertThat(this.policy.check("ąčęėįšųūžąčę")).isEmpty();
	}

}
