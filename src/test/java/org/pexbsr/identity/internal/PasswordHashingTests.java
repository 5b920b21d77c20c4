package org.pexbsr.identity.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pexbsr.PlatformTest;
import org.pexbsr.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

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
	void countsCharactersNotBytes() {
		assertThat(this.policy.check("ąčęėįšųūžąčę")).isEmpty();
	}

}
