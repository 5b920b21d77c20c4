package org.pexbsr.identity.internal;

import org.pexbsr.identity.AccessRules;
import org.pexbsr.identity.Role;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Sign-in, account pages, static files and operations endpoints.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/login", "/error", "/error/**").permitAll();
		routes.requestMatchers("/css/**", "/js/**", "/images/**", "/fonts/**", "/webjars/**", "/favicon.ico")
			.permitAll();
		routes.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
		routes.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
		routes.requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**").permitAll();
		routes.requestMatchers("/account/**").authenticated();
	}

}
