package org.pexbsr.content.internal;

import org.pexbsr.identity.AccessRules;
import org.pexbsr.identity.Role;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The web editor is for editors only.
 */
@Component
class ContentAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/content/editor", "/content/editor/**").hasRole(Role.EDITOR.name());
	}

}
