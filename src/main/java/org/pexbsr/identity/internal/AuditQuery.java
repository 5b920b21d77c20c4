package org.pexbsr.identity.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator looks for in the audit trail; empty fields do not narrow the
 * search.
 *
 * @param actor the account name, exactly
 * @param action the action, or the start of one such as {@code identity.}
 * @param target part of the target
 * @param from the first day, inclusive (UTC)
 * @param to the last day, inclusive (UTC)
 */
record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable String target, @Nullable LocalDate from,
		@Nullable LocalDate to) {

	static final AuditQuery EVERYTHING = new AuditQuery(null, null, null, null, null);

}
