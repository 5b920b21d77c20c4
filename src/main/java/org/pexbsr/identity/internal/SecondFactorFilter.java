package org.pexbsr.identity.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back the roles of a sign-in that needs a second factor and has not passed one
 * (see {@link SecondFactors}), and keeps it to the pages that lead on: the second-factor
 * page when a factor is set up, the security page to set one up when none is. It runs
 * after {@link AccountStatusFilter}, so that a role given while the person is signed in
 * with a password only is held back too. Only sessions begun by a sign-in are looked at.
 */
class SecondFactorFilter extends OncePerRequestFilter {

	static final String SECOND_FACTOR_PAGE = "/login/second-factor";

	static final String SECURITY_PAGE = "/account/security";

	/** Where the person was going, to go on there once the second factor is passed. */
	static final String TARGET = SecondFactorFilter.class.getName() + ".target";

	private static final Set<String> ALWAYS_OPEN = Set.of("/logout", "/login/webauthn", "/login/webauthn.js",
			"/webauthn/authenticate/options", "/favicon.ico", SECOND_FACTOR_PAGE, SECOND_FACTOR_PAGE + "/recovery");

	private final SignInFactors factors;

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondFactorFilter(SignInFactors factors) {
		this.factors = factors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session == null || authentication == null
				|| !(session.getAttribute(AccountStatusFilter.ACCOUNT) instanceof Long account)
				|| SecondFactors.passed(authentication)) {
			chain.doFilter(request, response);
			return;
		}
		if (!SecondFactors.awaited(authentication)) {
			if (!SecondFactors.requiredByAuthorities(authentication)) {
				chain.doFilter(request, response);
				return;
			}
			authentication = withhold(authentication, account, request, response);
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (isOpen(path, SecondFactors.enrolmentAwaited(authentication)) || isPasswordChangeDue(path, authentication)) {
			chain.doFilter(request, response);
			return;
		}
		if (path.startsWith("/api/")) {
			response.sendError(HttpStatus.UNAUTHORIZED.value());
			return;
		}
		remember(request, session, path);
		String next = mustChangePassword(authentication) ? PasswordChangeFilter.PASSWORD_PAGE
				: SecondFactors.enrolmentAwaited(authentication) ? SECURITY_PAGE : SECOND_FACTOR_PAGE;
		response.sendRedirect(request.getContextPath() + next);
	}

	private Authentication withhold(Authentication authentication, long account, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication withheld = SecondFactors.withheld(authentication, this.factors.hasFactor(account));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(withheld);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		return withheld;
	}

	private static boolean isOpen(String path, boolean enrolling) {
		if (ALWAYS_OPEN.contains(path) || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/images/") || path.startsWith("/fonts/") || path.startsWith("/webjars/")
				|| path.equals("/error") || path.startsWith("/error/")) {
			return true;
		}
		return enrolling && (path.equals(SECURITY_PAGE) || path.startsWith(SECURITY_PAGE + "/")
				|| path.startsWith("/webauthn/register"));
	}

	/** A one-time password is replaced first, as {@link PasswordChangeFilter} asks. */
	private static boolean isPasswordChangeDue(String path, Authentication authentication) {
		return path.equals(PasswordChangeFilter.PASSWORD_PAGE) && mustChangePassword(authentication);
	}

	private static boolean mustChangePassword(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch(
					(authority) -> AccountUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()));
	}

	/**
	 * Only a page the person asked for, on this site; never the sign-in steps themselves.
	 */
	private static void remember(HttpServletRequest request, HttpSession session, String path) {
		if ("GET".equals(request.getMethod()) && !path.equals("/") && !path.startsWith("/login")
				&& !path.startsWith("/account/security")) {
			String query = request.getQueryString();
			session.setAttribute(TARGET, (query != null && !query.equals("continue")) ? path + "?" + query : path);
		}
	}

}
