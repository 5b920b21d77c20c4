package org.pexbsr.identity.internal;

import org.junit.jupiter.api.Test;
import org.pexbsr.PlatformTest;
import org.pexbsr.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Signing in with the administrator account created from {@code PEX_ADMIN_PASSWORD} (set
 * for tests in {@code config/application.properties}).
 */
@PlatformTest
class SignInTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Test
	void signsInTheAdministratorWithTheConfiguredPassword() {
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", "admin")
			.param("password", "correct-horse-battery-staple")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
	}

	@Test
	void signsInAnAccountNamedInConfigurationWithItsRole() {
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", "investigator")
			.param("password", "investigator-password")).hasRedirectedUrl("/");
		assertThat(this.accounts.findByUsername("investigator")).hasValueSatisfying((account) -> {
			assertThat(account.roles()).containsExactly(Role.INVESTIGATOR);
			assertThat(account.country()).isEqualTo("SE");
			assertThat(account.passwordHash()).doesNotContain("investigator-password");
		});
	}

	@Test
	void saysTheSameForAWrongPasswordAndAnUnknownAccount() {
		assertThat(this.mvc.post().uri("/login").with(csrf()).param("username", "admin").param("password", "wrong"))
			.hasRedirectedUrl("/login?error");
		assertThat(this.mvc.post().uri("/login").with(csrf()).param("username", "nobody").param("password", "wrong"))
			.hasRedirectedUrl("/login?error");
	}

	@Test
	void refusesASignInWithoutTheFormsTokenAndSendsThePersonBackToTheForm() {
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.header("Referer", "http://localhost/login")
			.param("username", "admin")
			.param("password", "correct-horse-battery-staple")
			.exchange();

		assertThat(result).hasRedirectedUrl("/login?expired");
		assertThat(this.mvc.get().uri("/account").session((MockHttpSession) result.getRequest().getSession()))
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void keepsOperationsEndpointsOtherThanHealthFromAnonymousCallers() {
		assertThat(this.mvc.get().uri("/actuator/info")).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void answersTheApiWithoutRedirectingToTheLoginPage() {
		assertThat(this.mvc.post().uri("/api/v1/evidence/datasets").with(csrf())).hasStatus(HttpStatus.UNAUTHORIZED);
	}

}
