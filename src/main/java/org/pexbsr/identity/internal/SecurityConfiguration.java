package org.pexbsr.identity.internal;

import java.util.List;

import org.pexbsr.identity.AccessRules;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One filter chain for pages and API. Each module declares its own routes through
 * {@link AccessRules}; whatever is a route but named by no rule is refused, and a path
 * that is no route at all falls through to a 404.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<AccessRules> moduleRules,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers,
			AccountRepository accounts, List<SecurityChainPart> parts) throws Exception {
		http.authorizeHttpRequests((routes) -> {
			moduleRules.forEach((rules) -> rules.declare(routes));
			routes.requestMatchers(new UnmappedRequestMatcher(handlers)).permitAll();
			routes.anyRequest().denyAll();
		});
		http.formLogin((login) -> login.loginPage("/login").permitAll());
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll());
		http.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new ExpiredFormHandler())
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
					PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
					AnyRequestMatcher.INSTANCE));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frames) -> frames.deny()));
		http.addFilterBefore(new AccountStatusFilter(accounts), AuthorizationFilter.class);
		http.addFilterAfter(new PasswordChangeFilter(), AuthorizationFilter.class);
		for (SecurityChainPart part : parts) {
			part.applyTo(http);
		}
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordHashing.encoder();
	}

}
