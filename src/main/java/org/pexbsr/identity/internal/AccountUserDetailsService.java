package org.pexbsr.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.pexbsr.identity.Role;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for form login, by account name or e-mail address. An account whose
 * password must be changed carries an extra authority that keeps it on the password page
 * until it is. A password hashed with an older algorithm is hashed again with Argon2id
 * when its owner signs in.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findBySignInName(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.authorities(authoritiesOf(account))
			.build();
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		Account account = this.accounts.findByUsername(user.getUsername()).orElseThrow();
		this.accounts.upgradePasswordHash(account.id(), account.passwordHash(), newPassword);
		return User.withUserDetails(user).password(newPassword).build();
	}

	private static List<GrantedAuthority> authoritiesOf(Account account) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Role role : account.roles()) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
		}
		if (account.passwordChangeRequired()) {
			authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
		}
		return authorities;
	}

}
