package org.pexbsr.identity.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pexbsr.identity.AuditTrail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The database itself refuses to change or delete audit records, even when asked
 * directly: the only change it lets through is the pseudonymisation of an erased account.
 * Run on H2 and on PostgreSQL.
 */
@WithMockUser(username = "investigator", roles = "INVESTIGATOR")
abstract class AuditTrailAppendOnlyContract {

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcAuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	long id;

	@BeforeEach
	void writeARecord() {
		String target = "test/append-only-" + System.nanoTime();
		this.audit.record("protocol.restricted.read", target, null);
		this.id = this.jdbc.sql("select id from identity_audit_record where target = :target")
			.param("target", target)
			.query(Long.class)
			.single();
	}

	@Test
	void refusesToChangeARecord() {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> this.jdbc.sql("update identity_audit_record set action = 'nothing.happened' where id = :id")
					.param("id", this.id)
					.update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update identity_audit_record set actor = 'someone-else' where id = :id")
				.param("id", this.id)
				.update());

		assertThat(action()).isEqualTo("protocol.restricted.read");
	}

	@Test
	void refusesToDeleteARecord() {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> this.jdbc.sql("delete from identity_audit_record where id = :id").param("id", this.id).update());

		assertThat(action()).isEqualTo("protocol.restricted.read");
	}

	@Test
	void refusesToChangeMoreThanTheActorWhenPseudonymising() {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc
			.sql("update identity_audit_record set actor = 'erased-000000', target = 'elsewhere' where id = :id")
			.param("id", this.id)
			.update());
	}

	@Test
	void letsAnErasedAccountsNameBecomeAPseudonym() {
		String username = "leaving-" + System.nanoTime();
		this.trail.recordAs(username, "identity.sign-in.succeeded", "identity/account/0", null);

		int changed = this.trail.pseudonymise(username, "erased-abcdef012345");

		assertThat(changed).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from identity_audit_record where actor = :actor")
			.param("actor", username)
			.query(Long.class)
			.single()).isZero();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.trail.pseudonymise("erased-abcdef012345", "erased-ffffffffffff"));
	}

	private String action() {
		return this.jdbc.sql("select action from identity_audit_record where id = :id")
			.param("id", this.id)
			.query(String.class)
			.single();
	}

}
