package org.pexbsr.identity.internal;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.pexbsr.SignIn;
import org.pexbsr.identity.Role;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Makes accounts and organisations of a test's own, with names no other test uses, so
 * that tests sharing the platform context never see each other's people.
 */
final class TestAccounts {

	static final String PASSWORD = "a-test-passphrase-of-length";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final AccountRepository accounts;

	private final OrganisationRepository organisations;

	private final PasswordEncoder encoder;

	TestAccounts(AccountRepository accounts, OrganisationRepository organisations, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.encoder = encoder;
	}

	/** A name no other test uses, such as {@code anna-17-1733270000}. */
	static String unique(String prefix) {
		return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000_000L;
	}

	Organisation organisation(String name, String country) {
		long id = this.organisations.create(name, country);
		return this.organisations.findById(id).orElseThrow();
	}

	Account account(Organisation organisation, Role... roles) {
		return account(unique("person"), organisation, roles);
	}

	Account account(String username, @Nullable Organisation organisation, Role... roles) {
		long id = this.accounts
			.create(new AccountRepository.NewAccount(username, "Person " + username, username + "@example.org",
					this.encoder.encode(PASSWORD), (organisation != null) ? organisation.id() : null,
					(organisation != null) ? organisation.country() : null, false, Set.of(roles)));
		return this.accounts.findById(id).orElseThrow();
	}

	/**
	 * Sets up an authenticator app for the account, as if its owner had confirmed it, and
	 * returns the app's secret.
	 */
	static String withAuthenticatorApp(AuthenticatorApps apps, Account account) {
		String secret = Totp.newSecret();
		apps.setUpConfirmed(account.id(), secret);
		return secret;
	}

	/**
	 * Signs in through the real login form and the second-factor page, with the code the
	 * authenticator app shows now, and returns the session they made.
	 */
	static MockHttpSession signIn(MockMvcTester mvc, String username, String password, String totpSecret) {
		MockHttpSession session = signIn(mvc, username, password);
		MvcTestResult result = mvc.post()
			.uri("/login/second-factor")
			.session(session)
			.with(csrf())
			.param("code", SignIn.totpCode(totpSecret))
			.exchange();
		assertThat(result).as("second factor of %s", username).hasStatus3xxRedirection();
		assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("/login");
		return session;
	}

	/**
	 * Signs in through the real login form (the first step only) and returns the session
	 * it made.
	 */
	static MockHttpSession signIn(MockMvcTester mvc, String username, String password) {
		MvcTestResult result = mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", username)
			.param("password", password)
			.exchange();
		assertThat(result).as("sign-in of %s", username).hasRedirectedUrl("/");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
