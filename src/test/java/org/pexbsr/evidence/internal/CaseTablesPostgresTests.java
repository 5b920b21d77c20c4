package org.pexbsr.evidence.internal;

import org.pexbsr.PlatformTest;
import org.pexbsr.PostgresDatabase;

/**
 * Case tables on PostgreSQL.
 */
@PlatformTest
@PostgresDatabase
class CaseTablesPostgresTests extends CaseTablesContract {

}
