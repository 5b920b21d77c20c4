package org.pexbsr.identity.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pexbsr.PlatformTest;
import org.pexbsr.identity.AuditTrail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit records say who did what to which thing.
 */
@PlatformTest
class AuditTrailTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithMockUser(username = "investigator", roles = "INVESTIGATOR")
	void recordsTheActorActionAndTarget() {
		this.audit.record("test.thing.read", "test/thing-" + System.nanoTime(), "a detail");

		Map<String, Object> last = this.jdbc
			.sql("select actor, action, detail from identity_audit_record where action = 'test.thing.read' "
					+ "order by id desc fetch first 1 rows only")
			.query()
			.singleRow();
		assertThat(last).containsEntry("actor", "investigator").containsEntry("detail", "a detail");
	}

}
