package org.pexbsr.identity.internal;

import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Migration 2.6: makes the database itself refuse to change or delete audit records. The
 * rule needs each database's own trigger language, so unlike the other migrations it is
 * Java that picks the SQL: a PL/pgSQL trigger function on PostgreSQL (also refusing
 * {@code TRUNCATE}), a Java trigger class ({@link AuditRecordGuard}) on H2.
 * <p>
 * Limitation: whoever owns the database can still drop the triggers or the table; the
 * guard stops mistakes and the application's own account, not the database owner. H2 has
 * no trigger for {@code TRUNCATE TABLE}.
 */
@Component
class AuditTrailAppendOnly implements JavaMigration {

	private static final String POSTGRESQL_FUNCTION = """
			create function identity_audit_record_guard() returns trigger language plpgsql as $$
			begin
			  if tg_op = 'UPDATE' then
			    if new.id = old.id and new.recorded_at = old.recorded_at and new.action = old.action
			       and new.target = old.target and new.detail is not distinct from old.detail
			       and old.actor not like 'erased-%' and new.actor like 'erased-%'
			       and (new.remote_address is null or new.remote_address = old.remote_address) then
			      return new;
			    end if;
			  end if;
			  raise exception 'identity_audit_record is append-only: % refused', tg_op;
			end
			$$""";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("2.6");
	}

	@Override
	public String getDescription() {
		return "audit trail append only";
	}

	@Override
	public Integer getChecksum() {
		return 26;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		String product = context.getConnection().getMetaData().getDatabaseProductName();
		try (Statement statement = context.getConnection().createStatement()) {
			if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
				statement.execute(POSTGRESQL_FUNCTION);
				statement.execute("""
						create trigger identity_audit_record_append_only before update or delete
						on identity_audit_record for each row execute function identity_audit_record_guard()""");
				statement.execute("""
						create trigger identity_audit_record_no_truncate before truncate
						on identity_audit_record for each statement execute function identity_audit_record_guard()""");
			}
			else {
				statement.execute("create trigger identity_audit_record_append_only before update, delete "
						+ "on identity_audit_record for each row call '" + AuditRecordGuard.class.getName() + "'");
			}
		}
	}

}
