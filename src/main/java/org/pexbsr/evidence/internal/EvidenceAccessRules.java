package org.pexbsr.evidence.internal;

import org.pexbsr.identity.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Official statistics are public to read.
 */
@Component
class EvidenceAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/evidence", "/evidence/**").permitAll();
		routes.requestMatchers(HttpMethod.GET, "/api/v1/evidence/datasets", "/api/v1/evidence/observations")
			.permitAll();
	}

}
