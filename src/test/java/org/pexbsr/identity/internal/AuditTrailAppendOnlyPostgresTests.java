package org.pexbsr.identity.internal;

import org.junit.jupiter.api.Test;
import org.pexbsr.PlatformTest;
import org.pexbsr.PostgresDatabase;

import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The audit trail's guard on PostgreSQL (a PL/pgSQL trigger), which also refuses
 * {@code TRUNCATE}.
 */
@PlatformTest
@PostgresDatabase
class AuditTrailAppendOnlyPostgresTests extends AuditTrailAppendOnlyContract {

	@Test
	void refusesToEmptyTheTable() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("truncate table identity_audit_record").update());
	}

}
