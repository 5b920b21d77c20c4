package org.pexbsr.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.pexbsr.identity.Role;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for form login. An account whose password must be changed carries an
 * extra authority that keeps it on the password page until it is.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.authorities(authoritiesOf(account))
			.build();
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
