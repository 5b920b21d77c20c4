package org.pexbsr.protocol.internal;

import org.pexbsr.identity.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The protocol's pages and API are open to read; whether a chapter or checklist is
 * restricted is a property of the content, not of its address, so every route that can
 * reach restricted text asks {@link RestrictedReading} itself.
 */
@Component
class ProtocolAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers(HttpMethod.GET, "/protocol", "/protocol/*", "/protocol/checklists/*",
					"/protocol/editions/*", "/protocol/editions/*/*", ServiceWorkerController.PATH)
			.permitAll();
		routes.requestMatchers(HttpMethod.GET, "/api/v1/protocol/**").permitAll();
	}

}
