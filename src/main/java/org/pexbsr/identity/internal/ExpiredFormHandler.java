package org.pexbsr.identity.internal;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form sent from a page that sat open past the session's end carries a security token
 * the server no longer knows. Telling that person "this page is for another role" would
 * be wrong: they are sent back to the page the form came from, which says that it had
 * expired and that nothing was saved, with a fresh token. The API and every other refusal
 * answer 403 as before.
 */
final class ExpiredFormHandler implements AccessDeniedHandler {

	static final String EXPIRED = "expired";

	private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
			throws IOException, ServletException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!(refusal instanceof CsrfException) || path.startsWith("/api/")) {
			this.otherwise.handle(request, response, refusal);
			return;
		}
		response.sendRedirect(request.getContextPath() + formPage(request) + "?" + EXPIRED);
	}

	/**
	 * The same-site page the form was on, from the Referer; the front page when there is
	 * none.
	 */
	private static String formPage(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return "/";
		}
		try {
			URI from = URI.create(referer);
			boolean sameSite = request.getServerName().equalsIgnoreCase(from.getHost())
					&& request.getServerPort() == ((from.getPort() != -1) ? from.getPort() : request.getServerPort());
			String page = (from.getRawPath() != null) ? from.getRawPath() : "";
			if (!sameSite || !page.startsWith(request.getContextPath() + "/") || page.startsWith("//")) {
				return "/";
			}
			return page.substring(request.getContextPath().length());
		}
		catch (IllegalArgumentException malformed) {
			return "/";
		}
	}

}
