package org.pexbsr.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.pexbsr.identity.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who needs a second factor, and how a sign-in shows where it stands. A person holding
 * one of the {@link #REQUIRING} roles who signed in with a password only holds none of
 * their roles: the authentication carries {@link #AWAITED} (a factor is set up; pass it)
 * or {@link #ENROLMENT_AWAITED} (none yet; set one up) instead, until a passkey, an
 * authenticator code or a recovery code completes the sign-in. Authentications without
 * these markers (tests' mock users, access tokens) are left as they are.
 */
final class SecondFactors {

	static final Set<Role> REQUIRING = EnumSet.of(Role.INVESTIGATOR, Role.EDITOR, Role.DATA_STEWARD, Role.ADMIN);

	static final String AWAITED = "SECOND_FACTOR_AWAITED";

	static final String ENROLMENT_AWAITED = "SECOND_FACTOR_ENROLMENT_AWAITED";

	/** Spring Security names the factors it knows; these two are the platform's own. */
	static final String TOTP = "FACTOR_TOTP";

	static final String RECOVERY_CODE = "FACTOR_RECOVERY_CODE";

	private static final Set<String> SECOND = Set.of(FactorGrantedAuthority.WEBAUTHN_AUTHORITY, TOTP, RECOVERY_CODE);

	private SecondFactors() {
	}

	static boolean required(Collection<Role> roles) {
		return roles.stream().anyMatch(REQUIRING::contains);
	}

	static boolean requiredByAuthorities(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> REQUIRING.stream()
				.anyMatch((role) -> role.authority().equals(authority.getAuthority())));
	}

	static boolean passed(Authentication authentication) {
		return holds(authentication, SECOND);
	}

	static boolean awaited(Authentication authentication) {
		return holds(authentication, Set.of(AWAITED, ENROLMENT_AWAITED));
	}

	static boolean enrolmentAwaited(Authentication authentication) {
		return holds(authentication, Set.of(ENROLMENT_AWAITED));
	}

	/**
	 * The same sign-in without its roles, marked as waiting for the second factor or for
	 * its enrolment.
	 */
	static Authentication withheld(Authentication authentication, boolean hasFactor) {
		List<GrantedAuthority> kept = new ArrayList<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (!isRole(authority) && !isMarker(authority)) {
				kept.add(authority);
			}
		}
		kept.add(new SimpleGrantedAuthority(hasFactor ? AWAITED : ENROLMENT_AWAITED));
		return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, kept);
	}

	/**
	 * The completed sign-in: the account's roles as they are now and the factor just
	 * passed, besides what the first step brought (its factor, a password change due).
	 */
	static Authentication completed(Authentication partial, Set<Role> roles, String factor) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (GrantedAuthority authority : partial.getAuthorities()) {
			if (!isRole(authority) && !isMarker(authority)) {
				authorities.add(authority);
			}
		}
		roles.forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		authorities.add(FactorGrantedAuthority.fromAuthority(factor));
		return UsernamePasswordAuthenticationToken.authenticated(partial.getName(), null, authorities);
	}

	private static boolean holds(Authentication authentication, Set<String> wanted) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> wanted.contains(authority.getAuthority()));
	}

	private static boolean isRole(GrantedAuthority authority) {
		return authority.getAuthority() != null && authority.getAuthority().startsWith("ROLE_");
	}

	private static boolean isMarker(GrantedAuthority authority) {
		return AWAITED.equals(authority.getAuthority()) || ENROLMENT_AWAITED.equals(authority.getAuthority());
	}

}
