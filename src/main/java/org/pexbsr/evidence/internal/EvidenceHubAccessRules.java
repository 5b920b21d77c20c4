package org.pexbsr.evidence.internal;

import org.pexbsr.identity.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The evidence hub's pages and their API (explorer, country profiles, regional overview,
 * studies, disclosure-controlled case tables) are public to read, like the statistics
 * they show.
 */
@Component
class EvidenceHubAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers(HttpMethod.GET, "/evidence/explore", "/evidence/countries", "/evidence/countries/*",
					"/evidence/region", "/evidence/studies", "/evidence/studies/*", "/evidence/case-records")
			.permitAll();
		routes
			.requestMatchers(HttpMethod.GET, "/api/v1/evidence/explorer", "/api/v1/evidence/explorer.csv",
					"/api/v1/evidence/case-tables", "/api/v1/evidence/case-tables/*")
			.permitAll();
	}

}
