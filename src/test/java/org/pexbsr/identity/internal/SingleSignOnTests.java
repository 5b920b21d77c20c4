package org.pexbsr.identity.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pexbsr.identity.Role;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Single sign-on when no provider is configured, and the mapping of a provider's claim
 * values to roles.
 */
class SingleSignOnTests {

	private final SingleSignOnMappings.Mapping mapping = new SingleSignOnMappings.Mapping("Police", "LT", "groups",
			Map.of("thb-investigators", Role.INVESTIGATOR, "analysts", Role.DATA_STEWARD), "preferred_username", true,
			false);

	@Test
	void addsNothingToTheFilterChainAndOffersNoProviderWhenNoneIsConfigured() throws Exception {
		SingleSignOn singleSignOn = new SingleSignOn(
				new StaticListableBeanFactory().getBeanProvider(ClientRegistrationRepository.class),
				new SingleSignOnMappings(Map.of("ministry", this.mapping)), null);
		HttpSecurity http = mock(HttpSecurity.class);

		singleSignOn.applyTo(http);

		verifyNoInteractions(http);
		assertThat(singleSignOn.providers()).isEmpty();
	}

	@Test
	void countsTheProvidersSignInAsTheSecondFactorOnlyWhenItSaysSoOrIsTrustedTo() {
		assertThat(this.mapping.countsAsSecondFactor(null)).isFalse();
		assertThat(this.mapping.countsAsSecondFactor(List.of("pwd"))).isFalse();
		assertThat(this.mapping.countsAsSecondFactor(List.of("pwd", "otp"))).isTrue();
		assertThat(this.mapping.countsAsSecondFactor(List.of("mfa"))).isTrue();
		assertThat(new SingleSignOnMappings.Mapping("Police", "LT", "groups", Map.of(), "sub", true, true)
			.countsAsSecondFactor(null)).isTrue();
	}

	@Test
	void grantsOnlyTheRolesTheMappingNames() {
		assertThat(this.mapping.rolesFor(List.of("thb-investigators", "canteen", "ADMIN")))
			.containsExactly(Role.INVESTIGATOR);
		assertThat(this.mapping.rolesFor("analysts thb-investigators")).containsExactlyInAnyOrder(Role.INVESTIGATOR,
				Role.DATA_STEWARD);
		assertThat(this.mapping.rolesFor("canteen,ADMIN")).isEmpty();
		assertThat(this.mapping.rolesFor(null)).isEmpty();
	}

}
