package org.pexbsr.identity.internal;

import java.util.Map;

import testsupport.oidc.TestIdentityProvider;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Configures every test application context for single sign-on through
 * {@link TestIdentityProvider} (client registration {@code ministry}), the way an
 * installation would in its properties. Registered for all contexts in
 * {@code META-INF/spring.factories}, like {@link TestMailServer}, so that it adds no
 * platform context: the provider is the one extra Spring context, started once per JVM.
 * The provider's groups {@code pex-investigators} and {@code pex-learners} map to the
 * roles INVESTIGATOR and LEARNER; its other groups map to nothing. Its sign-in counts as
 * the second factor.
 */
public class TestSingleSignOn implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String REGISTRATION = "ministry";

	static final String CLIENT_NAME = "Test Ministry of the Interior";

	static final String ORGANISATION = "Test Ministry Police Unit";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String client = "spring.security.oauth2.client.registration." + REGISTRATION + ".";
		String mapping = "pex.identity.oidc." + REGISTRATION + ".";
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test-single-sign-on",
					Map.ofEntries(Map.entry(client + "client-id", TestIdentityProvider.CLIENT_ID),
							Map.entry(client + "client-secret", TestIdentityProvider.CLIENT_SECRET),
							Map.entry(client + "client-name", CLIENT_NAME), Map.entry(client + "scope", "openid"),
							Map.entry("spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri",
									TestIdentityProvider.issuer()),
							Map.entry(mapping + "organisation", ORGANISATION), Map.entry(mapping + "country", "LT"),
							Map.entry(mapping + "roles-claim", "roles"),
							Map.entry(mapping + "roles.pex-investigators", "INVESTIGATOR"),
							Map.entry(mapping + "roles.pex-learners", "LEARNER"),
							// The ministry asks for a second factor itself, so the
							// platform does not ask again.
							Map.entry(mapping + "provider-checks-second-factor", "true"))));
	}

}
