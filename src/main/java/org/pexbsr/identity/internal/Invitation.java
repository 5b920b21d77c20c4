package org.pexbsr.identity.internal;

import java.time.OffsetDateTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.Role;

/**
 * A link that lets one person create one account.
 *
 * @param id the database key
 * @param email the address it was sent to, which becomes the account's
 * @param organisationId the organisation the account will belong to
 * @param organisationName that organisation's name
 * @param country that organisation's country
 * @param roles the roles the account will hold
 * @param language the language the invitation was written in
 * @param invitedBy the account that sent it, or {@code null} for a self-registration
 * @param registrationCodeId the registration code it came from, if any
 * @param createdAt when it was sent
 * @param expiresAt when it stops working
 * @param acceptedAt when it was used
 * @param revokedAt when it was withdrawn
 */
record Invitation(long id, String email, long organisationId, String organisationName, String country, Set<Role> roles,
		String language, @Nullable Long invitedBy, @Nullable Long registrationCodeId, OffsetDateTime createdAt,
		OffsetDateTime expiresAt, @Nullable OffsetDateTime acceptedAt, @Nullable OffsetDateTime revokedAt) {

	public Status status(OffsetDateTime now) {
		if (this.acceptedAt != null) {
			return Status.ACCEPTED;
		}
		if (this.revokedAt != null) {
			return Status.REVOKED;
		}
		return now.isBefore(this.expiresAt) ? Status.PENDING : Status.EXPIRED;
	}

	enum Status {

		PENDING, ACCEPTED, EXPIRED, REVOKED

	}

}
