package org.pexbsr.search.internal;

import org.pexbsr.identity.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Anyone may search; what a caller may find is decided in the query itself, which leaves
 * restricted entries out for everyone but investigators.
 */
@Component
class SearchAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, SearchController.PATH, "/api/v1/search").permitAll();
	}

}
