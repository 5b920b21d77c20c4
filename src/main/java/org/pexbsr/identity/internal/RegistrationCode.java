package org.pexbsr.identity.internal;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A code that lets learners register themselves into one organisation, a limited number
 * of times until it expires. It only ever grants the learner role.
 *
 * @param id the database key
 * @param label what the administrator calls it, such as "Consular course, spring"
 * @param organisationId the organisation learners join
 * @param organisationName that organisation's name
 * @param country that organisation's country
 * @param maxUses how many accounts it may create
 * @param uses how many it created so far
 * @param expiresAt when it stops working
 * @param createdAt when it was made
 * @param revokedAt when it was withdrawn
 */
record RegistrationCode(long id, String label, long organisationId, String organisationName, String country,
		int maxUses, int uses, OffsetDateTime expiresAt, OffsetDateTime createdAt, @Nullable OffsetDateTime revokedAt) {

	public Status status(OffsetDateTime now) {
		if (this.revokedAt != null) {
			return Status.REVOKED;
		}
		if (!now.isBefore(this.expiresAt)) {
			return Status.EXPIRED;
		}
		return (this.uses >= this.maxUses) ? Status.EXHAUSTED : Status.USABLE;
	}

	enum Status {

		USABLE, EXPIRED, EXHAUSTED, REVOKED

	}

}
