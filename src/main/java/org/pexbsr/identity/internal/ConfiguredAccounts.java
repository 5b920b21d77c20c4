package org.pexbsr.identity.internal;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts named in configuration, created at start when they do not exist yet: for a
 * demonstration installation, for tests, or for an investigator account before
 * invitations are set up. For example:
 *
 * <pre>
 * pex.identity.accounts[0].username=investigator
 * pex.identity.accounts[0].password=...
 * pex.identity.accounts[0].roles=INVESTIGATOR
 * pex.identity.accounts[0].country=SE
 * pex.identity.accounts[0].totp-secret=JBSWY3DPEHPK3PXP
 * </pre>
 *
 * @param accounts the accounts to create
 */
@ConfigurationProperties("pex.identity")
record ConfiguredAccounts(@Nullable List<Entry> accounts) {

	List<Entry> all() {
		return (this.accounts != null) ? this.accounts : List.of();
	}

	/**
	 * @param username the account name
	 * @param password its password, in plain text in the configuration; hashed before it
	 * is stored
	 * @param displayName the name shown on pages, the account name when left out
	 * @param roles its roles
	 * @param organisation the organisation it belongs to
	 * @param country the ISO 3166-1 alpha-2 code of its country
	 * @param email its e-mail address, for password links
	 * @param totpSecret the Base32 secret of an authenticator app already set up for it,
	 * so that an account that needs a second factor can sign in without enrolling one
	 * first (tests compute its codes); left out, the person sets one up at the first
	 * sign-in
	 */
	record Entry(String username, String password, @Nullable String displayName, Set<Role> roles,
			@Nullable String organisation, @Nullable String country, @Nullable String email,
			@Nullable String totpSecret) {

	}

}
