package org.pexbsr.identity.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.ui.DefaultResourcesFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;

/**
 * The second factor's part of the filter chain: passkey sign-in and registration (Spring
 * Security's WebAuthn support, with the platform's own pages instead of its generated
 * ones, and its script served at {@code /login/webauthn.js}), and the
 * {@link SecondFactorFilter} that holds back roles until a second factor is passed.
 */
@Component
class SecondFactorChain implements SecurityChainPart {

	private final Passkeys passkeys;

	private final WebAuthnRelyingPartyOperations relyingParty;

	private final AccountUserDetailsService users;

	private final SignInFactors factors;

	private final ApplicationEventPublisher events;

	SecondFactorChain(Passkeys passkeys, WebAuthnRelyingPartyOperations relyingParty, AccountUserDetailsService users,
			SignInFactors factors, ApplicationEventPublisher events) {
		this.passkeys = passkeys;
		this.relyingParty = relyingParty;
		this.users = users;
		this.factors = factors;
		this.events = events;
	}

	@Override
	public void applyTo(HttpSecurity http) throws Exception {
		http.webAuthn((webAuthn) -> webAuthn.rpName("PEX-BSR Platform")
			.rpId(this.passkeys.rpId())
			.allowedOrigins(this.passkeys.origins())
			.disableDefaultRegistrationPage(true)
			.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
				@Override
				public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
					filter.setAuthenticationManager(passkeySignIn());
					// Spring Security's passkey sign-in keeps the session it came in; a
					// new
					// identifier keeps a session planted beforehand from being signed in.
					filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
					return filter;
				}
			}));
		http.addFilter(DefaultResourcesFilter.webauthn());
		http.addFilterBefore(new SecondFactorFilter(this.factors), AuthorizationFilter.class);
	}

	/**
	 * Spring Security's passkey sign-in, which publishes no authentication events of its
	 * own and does not look at whether the account is active: with events, so that
	 * {@link SignInAudit} records it like any sign-in, and refusing deactivated accounts.
	 */
	private ProviderManager passkeySignIn() {
		AuthenticationProvider passkey = new WebAuthnAuthenticationProvider(this.relyingParty, this.users);
		AuthenticationProvider activeOnly = new AuthenticationProvider() {
			@Override
			public Authentication authenticate(Authentication request) {
				Authentication result = passkey.authenticate(request);
				if (result != null && !SecondFactorChain.this.users.loadUserByUsername(result.getName()).isEnabled()) {
					throw new DisabledException("The account is deactivated");
				}
				return result;
			}

			@Override
			public boolean supports(Class<?> type) {
				return passkey.supports(type);
			}
		};
		ProviderManager manager = new ProviderManager(activeOnly);
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(this.events));
		return manager;
	}

}
