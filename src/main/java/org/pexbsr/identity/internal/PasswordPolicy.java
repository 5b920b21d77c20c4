package org.pexbsr.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least 12 characters, at most 200, not one of the
 * passwords attackers try first, and not the account's own name or e-mail address. Length
 * and a blocklist are what current guidance (NIST SP 800-63B) asks for; rules about
 * character classes are left out on purpose, since they push people towards predictable
 * patterns.
 */
@Component
class PasswordPolicy {

	static final int MINIMUM_LENGTH = 12;

	static final int MAXIMUM_LENGTH = 200;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("identity/common-passwords.txt");
	}

	/**
	 * The message code of the first rule the password breaks, or empty when it is
	 * acceptable.
	 * @param password the password chosen
	 * @param personal the account name and e-mail address it must not equal
	 */
	Optional<String> check(@Nullable String password, @Nullable String... personal) {
		if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			return Optional.of("identity.password.tooShort");
		}
		if (password.length() > MAXIMUM_LENGTH) {
			return Optional.of("identity.password.tooLong");
		}
		String folded = password.strip().toLowerCase(Locale.ROOT);
		if (this.common.contains(folded)) {
			return Optional.of("identity.password.common");
		}
		for (String word : personal) {
			if (word != null && !word.isBlank() && folded.contains(word.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of("identity.password.personal");
			}
		}
		return Optional.empty();
	}

	private static Set<String> load(String path) {
		Set<String> words = new HashSet<>();
		try (InputStream in = new ClassPathResource(path).getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach((line) -> words.add(line.toLowerCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords could not be read from " + path, ex);
		}
		return words;
	}

}
