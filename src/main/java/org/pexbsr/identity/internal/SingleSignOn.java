package org.pexbsr.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Single sign-on through an organisation's own OpenID Connect provider, when Spring
 * Boot's {@code spring.security.oauth2.client.*} names one: Spring Security's OAuth 2.0
 * login, with the sign-in page as its start ("Sign in with ..." for each provider that
 * has a mapping) and {@link SingleSignOnAccounts} deciding who gets which account.
 * Without a client registration nothing is added: no OAuth 2.0 login, no extra address.
 * <p>
 * The addresses it adds are answered by Spring Security's filters, before any access
 * rule: {@code /oauth2/authorization/{registration}} (sends the browser to the provider)
 * and {@code /login/oauth2/code/{registration}} (where the provider sends it back).
 */
@Component
class SingleSignOn implements SecurityChainPart {

	private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	private final SingleSignOnMappings mappings;

	private final SingleSignOnAccounts accounts;

	SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, SingleSignOnMappings mappings,
			SingleSignOnAccounts accounts) {
		this.registrations = registrations;
		this.mappings = mappings;
		this.accounts = accounts;
	}

	@Override
	public void applyTo(HttpSecurity http) throws Exception {
		if (this.registrations.getIfAvailable() == null) {
			return;
		}
		List<Provider> providers = providers();
		if (providers.isEmpty()) {
			log.warn("Single sign-on is configured, but no registration has a pex.identity.oidc.<name> mapping;"
					+ " nobody can sign in through it");
		}
		http.oauth2Login((login) -> login.loginPage("/login")
			.failureUrl("/login?refused")
			.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(this.accounts)));
	}

	/**
	 * The providers the sign-in page offers: those with both a registration and a
	 * mapping.
	 */
	List<Provider> providers() {
		ClientRegistrationRepository repository = this.registrations.getIfAvailable();
		List<Provider> providers = new ArrayList<>();
		if (repository == null) {
			return providers;
		}
		for (String name : this.mappings.registrations()) {
			ClientRegistration registration = repository.findByRegistrationId(name);
			if (registration != null) {
				providers.add(new Provider(name, registration.getClientName()));
			}
		}
		return providers;
	}

	/**
	 * @param registration the client registration's name
	 * @param name how the provider is shown, from
	 * {@code spring.security.oauth2.client.registration.<name>.client-name}
	 */
	record Provider(String registration, String name) {

		public String path() {
			return "/oauth2/authorization/" + this.registration;
		}

	}

}
