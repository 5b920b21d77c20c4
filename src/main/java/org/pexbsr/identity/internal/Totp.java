package org.pexbsr.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1,
 * six digits, 30-second steps. The maths is java-otp's; this class adds what a sign-in
 * needs: a code is accepted one step early or late, for clocks that drift, and only for a
 * step after the last one accepted, so that no code works twice.
 */
final class Totp {

	static final Duration STEP = Duration.ofSeconds(30);

	private static final int SECRET_BYTES = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final TimeBasedOneTimePasswordGenerator generator;

	Totp() {
		this(STEP, 6, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
	}

	Totp(Duration step, int digits, String algorithm) {
		this.generator = new TimeBasedOneTimePasswordGenerator(step, digits, algorithm);
	}

	/** A new shared secret, in Base32 as apps and otpauth URIs take it. */
	static String newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return new Base32().encodeToString(secret).replace("=", "");
	}

	static byte[] decode(String base32Secret) {
		return new Base32().decode(base32Secret.strip().replace(" ", "").toUpperCase(Locale.ROOT));
	}

	long stepAt(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), this.generator.getTimeStep().toSeconds());
	}

	String codeAt(byte[] secret, long step) {
		Key key = new SecretKeySpec(secret, this.generator.getAlgorithm());
		Instant start = Instant.ofEpochSecond(step * this.generator.getTimeStep().toSeconds());
		try {
			return this.generator.generateOneTimePasswordString(key, start, Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("An HMAC key of any length is valid", ex);
		}
	}

	String codeAt(byte[] secret, Instant instant) {
		return codeAt(secret, stepAt(instant));
	}

	/**
	 * The step whose code was typed, among the one now and those either side of it, if it
	 * comes after {@code lastAccepted}. Every candidate is compared in constant time, so
	 * the time taken does not tell which one matched.
	 */
	OptionalLong matchingStep(byte[] secret, String typed, Instant now, long lastAccepted) {
		byte[] given = typed.strip().replace(" ", "").getBytes(StandardCharsets.US_ASCII);
		long current = stepAt(now);
		long found = Long.MIN_VALUE;
		for (long step = current - 1; step <= current + 1; step++) {
			boolean equal = MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII), given);
			if (equal && step > lastAccepted && found == Long.MIN_VALUE) {
				found = step;
			}
		}
		return (found != Long.MIN_VALUE) ? OptionalLong.of(found) : OptionalLong.empty();
	}

}
