package org.pexbsr.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time-based one-time passwords against the test vectors of RFC 6238, appendix B, and
 * the rules a sign-in adds: one step of drift either way, and never the same step twice.
 */
class TotpTests {

	private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA512_SEED = ("1234567890123456789012345678901234567890123456789012345678901234")
		.getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082, 46119246, 90693936", "1111111109, 07081804, 68084774, 25091201",
			"1111111111, 14050471, 67062674, 99943326", "1234567890, 89005924, 91819424, 93441116",
			"2000000000, 69279037, 90698825, 38618901", "20000000000, 65353130, 77737706, 47863826" })
	void computesTheCodesOfTheRfcTestVectors(long seconds, String sha1, String sha256, String sha512) {
		Instant time = Instant.ofEpochSecond(seconds);
		assertThat(new Totp(Totp.STEP, 8, "HmacSHA1").codeAt(SHA1_SEED, time)).isEqualTo(sha1);
		assertThat(new Totp(Totp.STEP, 8, "HmacSHA256").codeAt(SHA256_SEED, time)).isEqualTo(sha256);
		assertThat(new Totp(Totp.STEP, 8, "HmacSHA512").codeAt(SHA512_SEED, time)).isEqualTo(sha512);
	}

	@Test
	void acceptsACodeOneStepEarlyOrLateButNotTwo() {
		Totp totp = new Totp();
		Instant now = Instant.ofEpochSecond(1_700_000_000L);
		long step = totp.stepAt(now);

		for (long drift = -1; drift <= 1; drift++) {
			assertThat(totp.matchingStep(SHA1_SEED, totp.codeAt(SHA1_SEED, step + drift), now, Long.MIN_VALUE))
				.hasValue(step + drift);
		}
		assertThat(totp.matchingStep(SHA1_SEED, totp.codeAt(SHA1_SEED, step - 2), now, Long.MIN_VALUE)).isEmpty();
		assertThat(totp.matchingStep(SHA1_SEED, totp.codeAt(SHA1_SEED, step + 2), now, Long.MIN_VALUE)).isEmpty();
	}

	@Test
	void refusesTheCodeOfAStepAcceptedBeforeOrEarlier() {
		Totp totp = new Totp();
		Instant now = Instant.ofEpochSecond(1_700_000_000L);
		long step = totp.stepAt(now);

		assertThat(totp.matchingStep(SHA1_SEED, totp.codeAt(SHA1_SEED, step), now, step)).isEmpty();
		assertThat(totp.matchingStep(SHA1_SEED, totp.codeAt(SHA1_SEED, step - 1), now, step)).isEmpty();
		assertThat(totp.matchingStep(SHA1_SEED, totp.codeAt(SHA1_SEED, step + 1), now, step)).hasValue(step + 1);
	}

	@Test
	void takesTheCodeWithSpacesAndRefusesOtherText() {
		Totp totp = new Totp();
		Instant now = Instant.ofEpochSecond(1_700_000_000L);
		String code = totp.codeAt(SHA1_SEED, now);

		assertThat(totp.matchingStep(SHA1_SEED, code.substring(0, 3) + " " + code.substring(3), now, Long.MIN_VALUE))
			.isPresent();
		assertThat(totp.matchingStep(SHA1_SEED, "", now, Long.MIN_VALUE)).isEmpty();
		assertThat(totp.matchingStep(SHA1_SEED, code + "0", now, Long.MIN_VALUE)).isEmpty();
	}

	@Test
	void makesSecretsThatAppsRead() {
		String secret = Totp.newSecret();

		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(Totp.decode(secret)).hasSize(20);
		assertThat(Totp.newSecret()).isNotEqualTo(secret);
		assertThat(Duration.ofSeconds(30)).isEqualTo(Totp.STEP);
	}

}
