package org.pexbsr.identity.internal;

import java.time.OffsetDateTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.Role;

/**
 * A person who can sign in.
 *
 * @param id the database key
 * @param username the account name used to sign in
 * @param displayName the name the person chose to be shown under
 * @param email where invitations and password links go; {@code null} for accounts named
 * in configuration
 * @param passwordHash the password's hash, with its algorithm in braces
 * @param organisationId the organisation it belongs to, or {@code null} for the first
 * administrator
 * @param organisationName that organisation's name
 * @param country the ISO 3166-1 alpha-2 code of the account's country
 * @param enabled {@code false} once an administrator deactivated it
 * @param passwordChangeRequired whether it must choose a password before anything else
 * @param createdAt when it was created
 * @param lastSignedInAt when it last signed in
 * @param sessionsValidAfter sessions that began before this end at their next request
 * @param roles the roles it holds
 */
record Account(long id, String username, String displayName, @Nullable String email, String passwordHash,
		@Nullable Long organisationId, @Nullable String organisationName, @Nullable String country, boolean enabled,
		boolean passwordChangeRequired, OffsetDateTime createdAt, @Nullable OffsetDateTime lastSignedInAt,
		@Nullable OffsetDateTime sessionsValidAfter, Set<Role> roles) {

	/**
	 * Whether only the learner role is held, so that the person may erase the account
	 * alone.
	 */
	boolean isLearnerOnly() {
		return this.roles.equals(Set.of(Role.LEARNER));
	}

	Account withRoles(Set<Role> newRoles) {
		return new Account(this.id, this.username, this.displayName, this.email, this.passwordHash, this.organisationId,
				this.organisationName, this.country, this.enabled, this.passwordChangeRequired, this.createdAt,
				this.lastSignedInAt, this.sessionsValidAfter, Set.copyOf(newRoles));
	}

}
