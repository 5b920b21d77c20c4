package org.pexbsr.identity.internal;

import org.pexbsr.identity.AccessRules;
import org.pexbsr.identity.Role;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Administration of accounts, organisations, codes and the audit trail for
 * administrators; invitations for administrators and organisation managers (the
 * controller checks which organisations); the links people follow from their mail,
 * registration and the privacy page for everyone. The person's own pages under
 * {@code /account} are in {@link IdentityAccessRules}.
 */
@Component
class AccountAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/admin/**").hasRole(Role.ADMIN.name());
		routes.requestMatchers("/invitations", "/invitations/**").authenticated();
		routes.requestMatchers("/invitation/*").permitAll();
		routes.requestMatchers("/register").permitAll();
		routes.requestMatchers("/password-reset", "/password-reset/*").permitAll();
		routes.requestMatchers("/privacy").permitAll();
	}

}
