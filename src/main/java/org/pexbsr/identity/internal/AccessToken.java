package org.pexbsr.identity.internal;

import java.time.OffsetDateTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.Role;

/**
 * A personal access token, as the platform keeps it: never the token itself, only its
 * hash.
 *
 * @param id the database key, which audit records name
 * @param accountId the account it acts for
 * @param name what its owner called it, such as {@code import job}
 * @param roles the roles it may use, of those its account holds when it is used
 * @param createdAt when it was made
 * @param expiresAt when it stops working, or {@code null} for never
 * @param lastUsedAt when it was last used, to the minute
 * @param revokedAt when its owner revoked it
 */
record AccessToken(long id, long accountId, String name, Set<Role> roles, OffsetDateTime createdAt,
		@Nullable OffsetDateTime expiresAt, @Nullable OffsetDateTime lastUsedAt, @Nullable OffsetDateTime revokedAt) {

	public boolean worksAt(OffsetDateTime now) {
		return this.revokedAt == null && (this.expiresAt == null || now.isBefore(this.expiresAt));
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

	public boolean hasExpiredAt(OffsetDateTime now) {
		return this.expiresAt != null && !now.isBefore(this.expiresAt);
	}

	/** How audit records name it: by key and name, never by the secret. */
	String label() {
		return "access token " + this.id + " \"" + this.name + "\"";
	}

}
