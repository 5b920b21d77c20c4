package org.pexbsr.identity.internal;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;

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

	/**
	 * An account, organisation or invitation asked for by its key that does not exist:
	 * 404. (The web module's {@code ResourceNotFoundException} cannot be used here, since
	 * the web module depends on this one.)
	 */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class AccountNotFoundException extends RuntimeException {

		AccountNotFoundException(Object key) {
			super("No account " + key);
		}

	}

}
