package org.pexbsr.identity.internal;

import java.security.Principal;

import org.pexbsr.web.ResourceNotFoundException;

import org.springframework.stereotype.Component;

/**
 * The account of whoever is signed in, for controllers that act on it.
 */
@Component
class SignedInAccount {

	private final AccountRepository accounts;

	SignedInAccount(AccountRepository accounts) {
		this.accounts = accounts;
	}

	Account of(Principal principal) {
		return this.accounts.findByUsername(principal.getName())
			.orElseThrow(() -> new AccountNotFoundException(principal.getName()));
	}

	static class AccountNotFoundException extends ResourceNotFoundException {

		AccountNotFoundException(Object key) {
			super("No account " + key);
		}

	}

}
