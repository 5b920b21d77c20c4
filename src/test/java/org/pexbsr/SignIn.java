package org.pexbsr;

import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Signing in as tests do it, second factor included: the authenticator app secrets of the
 * privileged test accounts (the same as in {@code config/application.properties}), the
 * code an app would show now, and the two steps through the real pages in a browser.
 */
public final class SignIn {

	public static final String ADMIN_TOTP = "GTMQ72FPFVGOHXKSWX7TYHQTY4Z5BQGZ";

	public static final String INVESTIGATOR_TOTP = "FCL5NTBH2YKM6CSAVC5XJAX3PDYKJI43";

	public static final String EDITOR_TOTP = "JJ5XST4XHF2GNUXI5MVS7SP6QHZLVMCK";

	public static final String STEWARD_TOTP = "TWYNJYSSSX6UCJUMK6HR33BYSO25LHJF";

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();

	/**
	 * The last time step whose code a test used, per secret: the platform takes each code
	 * once.
	 */
	private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

	private SignIn() {
	}

	/**
	 * A code the platform takes now and no test has used yet: the current step's, or the
	 * next one's (the platform accepts one step either side). When both were used, it
	 * waits for the clock to reach a new step, which happens only when a test signs in as
	 * the same account more than twice within 30 seconds.
	 */
	public static synchronized String totpCode(String secret) {
		while (true) {
			long now = Math.floorDiv(Instant.now().getEpochSecond(), 30);
			long last = LAST_STEP.getOrDefault(secret, Long.MIN_VALUE);
			long step = Math.max(now - 1, last + 1);
			if (step <= now + 1) {
				LAST_STEP.put(secret, step);
				return codeAt(secret, step);
			}
			waitForNextStep();
		}
	}

	/** The code of a time step, computed independently of the platform's own code. */
	public static String codeAt(String secret, long step) {
		try {
			return GENERATOR.generateOneTimePasswordString(
					new SecretKeySpec(new Base32().decode(secret), GENERATOR.getAlgorithm()),
					Instant.ofEpochSecond(step * 30), Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Signs in through the sign-in page and, for an account with an authenticator app,
	 * the second-factor page; ends on the page the platform sends the person to
	 * afterwards.
	 */
	public static void inBrowser(Browser browser, String baseUrl, String username, String password, String totpSecret) {
		browser.navigate().to(baseUrl + "/login");
		browser.driver().findElement(By.id("username")).sendKeys(username);
		browser.driver().findElement(By.id("password")).sendKeys(password);
		browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.urlContains("/login/second-factor"));
		browser.driver().findElement(By.id("code")).sendKeys(totpCode(totpSecret));
		browser.driver().findElement(By.cssSelector("form[action$='/login/second-factor'] button")).click();
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private static void waitForNextStep() {
		try {
			Thread.sleep(1000 * (30 - Instant.now().getEpochSecond() % 30));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
