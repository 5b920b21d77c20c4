package org.pexbsr.evidence.internal;

import org.pexbsr.identity.AccessRules;
import org.pexbsr.identity.Role;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Data stewards and administrators import; anyone may see a dataset's versions and what
 * changed between them. Declared before the module's other rules, so that the upload page
 * is not caught by the rule that opens every evidence page to all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportAccessRules implements AccessRules {

	static final String[] IMPORT_ROUTES = { DatasetImportApiController.IMPORTS, DatasetImportPageController.UPLOAD };

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		String[] stewards = { Role.DATA_STEWARD.name(), Role.ADMIN.name() };
		routes.requestMatchers(HttpMethod.POST, IMPORT_ROUTES).hasAnyRole(stewards);
		routes.requestMatchers(HttpMethod.GET, DatasetImportPageController.UPLOAD).hasAnyRole(stewards);
		routes
			.requestMatchers(HttpMethod.GET, "/evidence/datasets/*/versions", "/evidence/datasets/*/changes",
					"/api/v1/evidence/datasets/*/versions", "/api/v1/evidence/datasets/*/changes")
			.permitAll();
	}

}
