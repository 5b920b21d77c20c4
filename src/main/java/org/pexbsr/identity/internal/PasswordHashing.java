package org.pexbsr.identity.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed: Argon2id for every new hash, while hashes written earlier
 * with bcrypt still verify and are replaced by Argon2id at the next sign-in (see
 * {@link AccountUserDetailsService#updatePassword}).
 */
final class PasswordHashing {

	static final String ARGON2 = "argon2";

	private PasswordHashing() {
	}

	/**
	 * Spring Security's recommended Argon2id parameters (16 MiB of memory, two passes,
	 * one lane). A check costs less time than bcrypt's default did, and 16 MiB per
	 * sign-in under way; {@code bench/password-hashing.sh} measures both.
	 */
	static PasswordEncoder encoder() {
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		encoders.put("bcrypt", new BCryptPasswordEncoder());
		return new DelegatingPasswordEncoder(ARGON2, encoders);
	}

}
