package org.pexbsr.identity.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

import org.h2.api.Trigger;

/**
 * The H2 trigger that keeps {@code identity_audit_record} append-only: it refuses every
 * delete, and every update except the one erasure makes, which replaces the actor by a
 * pseudonym and forgets the address while everything else stays. PostgreSQL has the same
 * rule as a PL/pgSQL function (see {@link AuditTrailAppendOnly}).
 */
public class AuditRecordGuard implements Trigger {

	private static final int ID = 0;

	private static final int ACTOR = 2;

	private static final int REMOTE_ADDRESS = 6;

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		if (newRow == null) {
			throw new SQLException("identity_audit_record is append-only: a record cannot be deleted", "P0001");
		}
		if (!isPseudonymisation(oldRow, newRow)) {
			throw new SQLException("identity_audit_record is append-only: a record cannot be changed", "P0001");
		}
	}

	private static boolean isPseudonymisation(Object[] oldRow, Object[] newRow) {
		for (int column = 0; column < oldRow.length; column++) {
			boolean mayChange = column == ACTOR || column == REMOTE_ADDRESS;
			if (!mayChange && !Objects.equals(oldRow[column], newRow[column])) {
				return false;
			}
		}
		String oldActor = String.valueOf(oldRow[ACTOR]);
		String newActor = String.valueOf(newRow[ACTOR]);
		boolean addressKeptOrForgotten = newRow[REMOTE_ADDRESS] == null
				|| Objects.equals(oldRow[REMOTE_ADDRESS], newRow[REMOTE_ADDRESS]);
		return Objects.equals(oldRow[ID], newRow[ID]) && !oldActor.startsWith(JdbcAuditTrail.ERASED_PREFIX)
				&& newActor.startsWith(JdbcAuditTrail.ERASED_PREFIX) && addressKeptOrForgotten;
	}

}
