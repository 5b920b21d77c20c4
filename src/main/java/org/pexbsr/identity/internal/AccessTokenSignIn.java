package org.pexbsr.identity.internal;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Lets scripts and phone apps call {@code /api/**} with a personal access token in an
 * {@code Authorization: Bearer} header. Such a request needs no form token (CSRF), since
 * no browser adds the header by itself, and it opens no session. A token that is unknown,
 * revoked or expired, or whose account is deactivated, gets 401.
 * <p>
 * What is recorded: every audit record written while a token acts names the token (see
 * {@link JdbcAuditTrail}), so imports and readings of restricted chapters say which token
 * did them; every request through a token that may change something (any method but GET,
 * HEAD and OPTIONS) is recorded as {@value AccessTokens#USED}; reading public data
 * through a token is not recorded, only the token's last use (to the minute).
 */
@Component
class AccessTokenSignIn implements SecurityChainPart {

	private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

	private static final RequestMatcher BEARER_ON_API = AccessTokenSignIn::isBearerOnApi;

	private final AccessTokens tokens;

	private final JdbcAuditTrail audit;

	AccessTokenSignIn(AccessTokens tokens, JdbcAuditTrail audit) {
		this.tokens = tokens;
		this.audit = audit;
	}

	@Override
	public void applyTo(HttpSecurity http) throws Exception {
		AuthenticationFilter filter = new AuthenticationFilter(new ProviderManager(new Checker(this.tokens)),
				AccessTokenSignIn::secretOf);
		filter.setRequestMatcher(BEARER_ON_API);
		filter.setSuccessHandler((request, response, authentication) -> recordWrite(request, authentication));
		filter.setFailureHandler((request, response, exception) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			response.sendError(HttpStatus.UNAUTHORIZED.value());
		});
		http.addFilterBefore(filter, AnonymousAuthenticationFilter.class);
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(BEARER_ON_API));
	}

	private void recordWrite(HttpServletRequest request, Authentication authentication) {
		if (READING.contains(request.getMethod().toUpperCase(Locale.ROOT))
				|| !(authentication instanceof AccessTokenAuthentication checked) || checked.token() == null) {
			return;
		}
		this.audit.record(AccessTokens.USED, AccessTokens.target(checked.token()),
				request.getMethod() + " " + path(request));
	}

	private static boolean isBearerOnApi(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return path(request).startsWith("/api/") && header != null
				&& header.regionMatches(true, 0, "Bearer ", 0, "Bearer ".length());
	}

	private static AccessTokenAuthentication secretOf(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return AccessTokenAuthentication.unchecked(header.substring("Bearer ".length()).strip());
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** Spring Security's provider for the token check; it publishes no sign-in events. */
	private record Checker(AccessTokens tokens) implements AuthenticationProvider {

		@Override
		public Authentication authenticate(Authentication authentication) {
			return this.tokens.check(String.valueOf(authentication.getCredentials()));
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return AccessTokenAuthentication.class.isAssignableFrom(authentication);
		}

	}

}
