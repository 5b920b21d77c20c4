package org.pexbsr.identity.internal;

/**
 * The account name someone chose belongs to another account already.
 */
class UsernameTakenException extends RuntimeException {

	UsernameTakenException() {
		super("The account name is taken");
	}

}
