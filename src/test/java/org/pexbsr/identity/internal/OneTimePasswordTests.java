package org.pexbsr.identity.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Without {@code PEX_ADMIN_PASSWORD} the first start writes a one-time password to the
 * log once, and the administrator must choose a new password before doing anything else,
 * and then set up a second factor.
 */
@SpringBootTest(
		properties = { "pex.admin.password=", "pex.admin.totp-secret=", "pex.evidence.import-shipped-datasets=false" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class OneTimePasswordTests {

	private static final Pattern ONE_TIME = Pattern.compile("one-time password ([A-Za-z0-9]{20}) ;");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AdministratorBootstrap bootstrap;

	@Test
	void makesTheAdministratorChooseANewPasswordFirst(CapturedOutput output) throws Exception {
		String password = oneTimePassword(output);
		MockHttpSession session = signIn(password);

		assertThat(this.mvc.get().uri("/evidence").session(session)).hasRedirectedUrl("/account/password");
		assertThat(this.mvc.post()
			.uri("/account/password")
			.session(session)
			.with(csrf())
			.param("currentPassword", password)
			.param("newPassword", "short")
			.param("repeatedPassword", "short")).hasStatusOk().bodyText().contains("at least 12 characters");
		assertThat(this.mvc.post()
			.uri("/account/password")
			.session(session)
			.with(csrf())
			.param("currentPassword", password)
			.param("newPassword", "a-long-new-passphrase")
			.param("repeatedPassword", "a-long-new-passphrase")).hasRedirectedUrl("/");
		assertThat(this.mvc.get().uri("/evidence").session(session)).hasRedirectedUrl("/account/security");
		assertThat(this.mvc.get().uri("/account/security").session(session)).hasStatusOk()
			.bodyText()
			.contains("set up a second factor");
		assertThat(signIn("a-long-new-passphrase")).isNotNull();
	}

	@Test
	void writesThePasswordOnlyOnce(CapturedOutput output) {
		this.bootstrap.afterSingletonsInstantiated();

		assertThat(ONE_TIME.matcher(output.getAll()).results().count()).isLessThanOrEqualTo(1);
	}

	private MockHttpSession signIn(String password) {
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", "admin")
			.param("password", password)
			.exchange();
		assertThat(result).hasRedirectedUrl("/");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private static String oneTimePassword(CapturedOutput output) {
		Matcher matcher = ONE_TIME.matcher(output.getAll());
		if (matcher.find()) {
			return matcher.group(1);
		}
		throw new AssertionError("The start did not log a one-time password");
	}

}
