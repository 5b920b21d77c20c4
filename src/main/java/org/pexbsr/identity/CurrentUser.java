package org.pexbsr.identity;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, as the other modules need to know it: a name for audit records and the
 * roles held.
 *
 * @param username the account name, or {@code anonymous}
 * @param roles the roles the caller holds; empty for anonymous callers
 */
public record CurrentUser(String username, Set<Role> roles) {

	public static final CurrentUser ANONYMOUS = new CurrentUser("anonymous", Set.of());

	/** The caller of the current request, or {@link #ANONYMOUS}. */
	public static CurrentUser get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		return new CurrentUser(authentication.getName(), rolesOf(authentication));
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isAnonymous() {
		return ANONYMOUS.equals(this);
	}

	private static Set<Role> rolesOf(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring("ROLE_".length()))
			.filter(CurrentUser::isKnownRole)
			.map(Role::valueOf)
			.collect(Collectors.toUnmodifiableSet());
	}

	private static boolean isKnownRole(String name) {
		for (Role role : Role.values()) {
			if (role.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

}
