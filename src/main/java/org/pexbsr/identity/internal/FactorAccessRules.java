package org.pexbsr.identity.internal;

import org.pexbsr.identity.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The second factor's routes. The second-factor page and passkey registration need a
 * sign-in, which may be one still waiting for its second factor
 * ({@link SecondFactorFilter} decides which of these it may reach). Spring Security's
 * passkey script is open to all. The passkey sign-in ({@code POST /login/webauthn}) and
 * the options for it and for registration ({@code POST /webauthn/authenticate/options},
 * {@code /webauthn/register/options}) are answered by Spring Security's filters before
 * these rules apply; the security pages under {@code /account} are covered by
 * {@link IdentityAccessRules}.
 */
@Component
class FactorAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/login/webauthn.js").permitAll();
		routes
			.requestMatchers(SecondFactorFilter.SECOND_FACTOR_PAGE, SecondFactorFilter.SECOND_FACTOR_PAGE + "/recovery")
			.authenticated();
		routes.requestMatchers("/webauthn/register").authenticated();
		// Spring Security's own passkey removal asks for no password and leaves no audit
		// record; passkeys are removed on the security page only
		// (SecurityPageController).
		routes.requestMatchers(HttpMethod.DELETE, "/webauthn/register/*").denyAll();
	}

}
