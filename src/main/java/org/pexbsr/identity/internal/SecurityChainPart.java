package org.pexbsr.identity.internal;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * One piece of the login machinery (second factor, single sign-on, access tokens, rate
 * limits) that adds itself to the one filter chain. Each piece stays in its own class so
 * that they can change independently of {@link SecurityConfiguration}.
 */
interface SecurityChainPart {

	void applyTo(HttpSecurity http) throws Exception;

}
