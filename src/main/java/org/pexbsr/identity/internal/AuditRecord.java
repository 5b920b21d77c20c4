package org.pexbsr.identity.internal;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail.
 *
 * @param id its place in the trail
 * @param recordedAt when it happened
 * @param actor the account name of who did it, {@code anonymous}, or the pseudonym of an
 * erased account
 * @param action what was done, such as {@code protocol.chapter.read}
 * @param target what it was done to
 * @param detail anything else worth knowing
 * @param remoteAddress the address the request came from
 */
record AuditRecord(long id, OffsetDateTime recordedAt, String actor, String action, String target,
		@Nullable String detail, @Nullable String remoteAddress) {

}
