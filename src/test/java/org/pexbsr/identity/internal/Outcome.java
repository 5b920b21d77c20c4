package org.pexbsr.identity.internal;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * What a caller got, in the words of the route table: {@code login} for a redirect to the
 * sign-in page, {@code 401} and {@code 403} for a refusal, {@code allow} for any other
 * answer from 200 to 399 (the security layer let the request through and the handler
 * answered), and the status itself for anything else, such as the 400 or 404 a handler
 * gives for a sample address that names nothing.
 */
final class Outcome {

	static final String ALLOW = "allow";

	static final String LOGIN = "login";

	private Outcome() {
	}

	static String of(int status, @Nullable String location) {
		if ((status == 302 || status == 303) && location != null && "/login".equals(URI.create(location).getPath())) {
			return LOGIN;
		}
		if (status >= 200 && status < 400) {
			return ALLOW;
		}
		return String.valueOf(status);
	}

}
