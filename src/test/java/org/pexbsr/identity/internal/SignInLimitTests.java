package org.pexbsr.identity.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.pexbsr.PlatformTest;
import org.pexbsr.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Failed sign-ins limited per address and per account name on the real sign-in form, the
 * same answer for unknown and known accounts, and the session at sign-in. Each test signs
 * in from addresses of its own (documentation ranges), so the limits it reaches never
 * touch other tests sharing the context.
 */
@PlatformTest
class SignInLimitTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	SignInLimits limits;

	@Autowired
	Environment environment;

	@Test
	void answersTheEleventhFailedSignInInAMinuteFromOneAddressWith429AndNoOtherAddress() {
		assertThat(this.limits.perAddress()).isEqualTo(10);
		Account known = account();
		String address = newAddress();
		for (int i = 0; i < 10; i++) {
			assertThat(signIn(address, null, TestAccounts.unique("nobody"), "wrong")).as("attempt %d", i + 1)
				.hasRedirectedUrl("/login?error");
		}

		MvcTestResult eleventh = signIn(address, null, known.username(), TestAccounts.PASSWORD);

		assertThat(eleventh).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Long.parseLong(eleventh.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, 60L);
		assertThat(signIn(newAddress(), null, known.username(), TestAccounts.PASSWORD)).hasRedirectedUrl("/");

		MvcTestResult claimingElsewhere = this.mvc.post()
			.uri("/login")
			.with(csrf())
			.with(from(address))
			.header("X-Forwarded-For", newAddress())
			.param("username", known.username())
			.param("password", TestAccounts.PASSWORD)
			.exchange();
		assertThat(claimingElsewhere).as("X-Forwarded-For is not trusted without server.forward-headers-strategy")
			.hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(this.environment.getProperty("server.forward-headers-strategy")).isNull();
	}

	@Test
	void limitsFailuresForOneAccountNameFromManyAddresses() {
		Account known = account();
		for (int i = 0; i < 10; i++) {
			assertThat(signIn(newAddress(), null, known.username(), "wrong")).hasRedirectedUrl("/login?error");
		}

		String fresh = newAddress();
		assertThat(signIn(fresh, null, known.username().toUpperCase(), TestAccounts.PASSWORD))
			.hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(signIn(fresh, null, account().username(), TestAccounts.PASSWORD)).hasRedirectedUrl("/");
	}

	@Test
	void answersAWrongPasswordAndAnUnknownAccountAlike() {
		Account known = account();

		MvcTestResult wrongPassword = signIn(newAddress(), null, known.username(), "wrong");
		MvcTestResult unknownName = signIn(newAddress(), null, TestAccounts.unique("nobody"), "wrong");

		for (MvcTestResult result : new MvcTestResult[] { wrongPassword, unknownName }) {
			assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?error");
		}
		assertThat(wrongPassword.getResponse().getHeaderNames())
			.containsExactlyInAnyOrderElementsOf(unknownName.getResponse().getHeaderNames());
		assertThat(wrongPassword.getResponse().getContentAsByteArray())
			.isEqualTo(unknownName.getResponse().getContentAsByteArray());
		assertThat(exceptionMessage(wrongPassword)).isEqualTo(exceptionMessage(unknownName));
		assertThat(this.mvc.get().uri("/login?error")).bodyText()
			.contains("The account name or password is not right.");
	}

	@Test
	void explainsTheRefusalOnTheErrorPage() {
		assertThat(this.mvc.get()
			.uri("/error")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 429)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/login")
			.header(HttpHeaders.ACCEPT, "text/html")).bodyText()
			.contains("Too many failed sign-ins", "Wait a few minutes, then try again.");
	}

	@Test
	void givesTheSessionANewIdentifierAtSignIn() {
		Account known = account();
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();

		MvcTestResult signedIn = signIn(newAddress(), session, known.username(), TestAccounts.PASSWORD);

		assertThat(signedIn).hasRedirectedUrl("/");
		assertThat(signedIn.getRequest().getSession(false).getId()).isNotEqualTo(before);
		assertThat(Binder.get(this.environment).bind("server.servlet.session.timeout", Duration.class).get())
			.isEqualTo(Duration.ofMinutes(30));
	}

	private Account account() {
		TestAccounts people = new TestAccounts(this.accounts, this.organisations, this.encoder);
		return people.account(people.organisation(TestAccounts.unique("Limits unit"), "PL"), Role.LEARNER);
	}

	private MvcTestResult signIn(String address, MockHttpSession session, String username, String password) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.post()
			.uri("/login")
			.with(csrf())
			.with(from(address))
			.param("username", username)
			.param("password", password);
		return ((session != null) ? request.session(session) : request).exchange();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** An address of the documentation range 198.18.0.0/15 that no other test uses. */
	private static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "198.18." + (n / 250) + "." + (1 + n % 250);
	}

	private static String exceptionMessage(MvcTestResult result) {
		Object exception = result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		return (exception instanceof Exception ex) ? ex.getClass().getName() + ": " + ex.getMessage() : null;
	}

}
