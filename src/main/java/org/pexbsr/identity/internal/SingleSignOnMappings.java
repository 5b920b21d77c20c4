package org.pexbsr.identity.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the people an organisation's own OpenID Connect provider signs in become accounts
 * here: which organisation they belong to, and which of the provider's claim values grant
 * which role. One entry per client registration of Spring Boot's
 * {@code spring.security.oauth2.client.registration.<name>.*}, under the same name, for
 * example:
 *
 * <pre>
 * pex.identity.oidc.ministry.organisation=Police Department
 * pex.identity.oidc.ministry.country=LT
 * pex.identity.oidc.ministry.roles-claim=groups
 * pex.identity.oidc.ministry.roles.thb-investigators=INVESTIGATOR
 * pex.identity.oidc.ministry.roles.[cn=analysts,ou=pex]=DATA_STEWARD
 * </pre>
 *
 * A person gets exactly the roles their claim values map to, again at every sign-in, and
 * none that the mapping does not name; someone whose claims map to no role is refused.
 *
 * @param oidc the mappings by client registration name
 */
@ConfigurationProperties("pex.identity")
record SingleSignOnMappings(@Nullable Map<String, Mapping> oidc) {

	Optional<Mapping> of(String registration) {
		return Optional.ofNullable((this.oidc != null) ? this.oidc.get(registration) : null);
	}

	Set<String> registrations() {
		return (this.oidc != null) ? this.oidc.keySet() : Set.of();
	}

	/**
	 * @param organisation the organisation every account of this provider belongs to
	 * @param country the ISO 3166-1 alpha-2 code of its country
	 * @param rolesClaim the claim holding the person's groups or roles at the provider: a
	 * list of strings, or one string of values separated by spaces or commas
	 * @param roles claim value to role
	 * @param usernameClaim the claim the account name is made from, after the
	 * registration name (as in {@code ministry.anna}); the subject when the claim is
	 * missing
	 * @param createAccounts whether someone signing in for the first time gets an
	 * account; when {@code false}, only people an administrator linked before may sign in
	 * @param providerChecksSecondFactor whether the provider always asks for a second
	 * factor itself, so that its sign-in counts as both; otherwise it counts as both only
	 * when the ID token's {@code amr} claim says so (RFC 8176: {@code mfa}, or two
	 * methods), and people in roles that need a second factor pass the platform's own
	 * afterwards
	 */
	record Mapping(String organisation, @DefaultValue("ZZ") String country, @DefaultValue("roles") String rolesClaim,
			@Nullable Map<String, Role> roles, @DefaultValue("preferred_username") String usernameClaim,
			@DefaultValue("true") boolean createAccounts, @DefaultValue("false") boolean providerChecksSecondFactor) {

		/**
		 * Whether the provider's sign-in also passes the platform's second factor.
		 * @param methods the ID token's {@code amr} claim, or {@code null}
		 */
		boolean countsAsSecondFactor(@Nullable List<String> methods) {
			return this.providerChecksSecondFactor
					|| (methods != null && (methods.contains("mfa") || methods.stream().distinct().count() > 1));
		}

		/**
		 * The roles the claim's values map to; values the mapping does not name grant
		 * nothing.
		 */
		Set<Role> rolesFor(@Nullable Object claim) {
			Set<Role> granted = EnumSet.noneOf(Role.class);
			if (this.roles == null || claim == null) {
				return granted;
			}
			Collection<?> values = (claim instanceof Collection<?> list) ? list
					: List.of((Object[]) claim.toString().split("[\\s,]+"));
			for (Object value : values) {
				Role role = this.roles.get(String.valueOf(value));
				if (role != null) {
					granted.add(role);
				}
			}
			return granted;
		}

	}

}
