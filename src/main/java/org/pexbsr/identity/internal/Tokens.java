package org.pexbsr.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets sent by e-mail (invitation and password links) and handed out (registration
 * codes). The database keeps only their SHA-256 hash, so that a copy of it lets nobody
 * in; a plain hash is enough because the secrets are random and long, unlike passwords.
 */
final class Tokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** No 0/O or 1/I/L, so that a code read aloud or typed from paper comes out right. */
	private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private Tokens() {
	}

	/** 256 random bits, safe in a URL path. */
	static String newLinkToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Twelve characters in three groups, such as {@code 7KQ4-9XMP-2HTD} (about 59 bits).
	 */
	static String newRegistrationCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * A registration code as typed, reduced to its characters: case, spaces and dashes do
	 * not matter.
	 */
	static String normaliseCode(String typed) {
		return typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
