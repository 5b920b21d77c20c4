package testsupport.oidc;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * An OpenID Connect provider of a made-up ministry, on a free port, one per test JVM: a
 * Spring context of its own (no Spring Boot application, so none of the platform's
 * configuration or initializers), with Spring Security's authorization server, a sign-in
 * form and three people. Each person's groups are sent in the ID token's {@code roles}
 * claim:
 * <ul>
 * <li>{@code anna} ({@code pex-investigators}, {@code pex-learners}, {@code canteen}),
 * <li>{@code bertil} ({@code canteen} only, which the platform maps to no role).
 * </ul>
 * Every password is {@link #PASSWORD}. The platform reaches it as {@code localhost}, the
 * browser reaches the platform as {@code 127.0.0.1}, so that the two keep their cookies
 * apart.
 */
public final class TestIdentityProvider {

	public static final String CLIENT_ID = "pex-platform";

	public static final String CLIENT_SECRET = "pex-platform-secret";

	public static final String PASSWORD = "provider-password";

	private static AnnotationConfigServletWebServerApplicationContext context;

	private TestIdentityProvider() {
	}

	/** Starts the provider, once per JVM, and answers its issuer address. */
	public static synchronized String issuer() {
		if (context == null) {
			AnnotationConfigServletWebServerApplicationContext started = new AnnotationConfigServletWebServerApplicationContext();
			started.register(Provider.class);
			started.refresh();
			context = started;
		}
		return "http://localhost:" + context.getWebServer().getPort();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class Provider {

		@Bean
		TomcatServletWebServerFactory webServer() {
			TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
			factory.setRegisterDefaultServlet(true);
			factory.getSettings().getSession().getCookie().setName("PROVIDERSESSION");
			return factory;
		}

		@Bean
		DelegatingFilterProxyRegistrationBean securityFilter() {
			return new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
		}

		@Bean
		@Order(1)
		SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
			http.oauth2AuthorizationServer((server) -> {
				http.securityMatcher(server.getEndpointsMatcher());
				server.oidc(Customizer.withDefaults());
			});
			http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
			http.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain signIn(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
			http.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		UserDetailsService people() {
			return new InMemoryUserDetailsManager(person("anna", "pex-investigators", "pex-learners", "canteen"),
					person("bertil", "canteen"));
		}

		@Bean
		RegisteredClientRepository clients() {
			return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				// A loopback address: the authorization server accepts it on any port
				// (RFC 8252).
				.redirectUri("http://127.0.0.1/login/oauth2/code/ministry")
				.scope(OidcScopes.OPENID)
				.build());
		}

		/** Puts the person's groups, name and account name into the ID token. */
		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
			return (context) -> {
				if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					return;
				}
				String name = context.getPrincipal().getName();
				context.getClaims()
					.claim("roles",
							context.getPrincipal()
								.getAuthorities()
								.stream()
								.map(GrantedAuthority::getAuthority)
								.filter((authority) -> !authority.startsWith("FACTOR_"))
								.toList())
					.claim("preferred_username", name)
					.claim("name", "Test Person " + name);
			};
		}

		@Bean
		JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
				.privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		@Bean
		JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
			return NimbusJwtDecoder.withJwkSource(keys).build();
		}

		@Bean
		AuthorizationServerSettings settings() {
			return AuthorizationServerSettings.builder().build();
		}

		private static org.springframework.security.core.userdetails.UserDetails person(String name, String... groups) {
			return User.withUsername(name).password("{noop}" + PASSWORD).authorities(groups).build();
		}

	}

}
