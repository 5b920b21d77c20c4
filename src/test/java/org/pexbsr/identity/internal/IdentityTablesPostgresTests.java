package org.pexbsr.identity.internal;

import org.pexbsr.PlatformTest;
import org.pexbsr.PostgresDatabase;

/**
 * The identity tables on PostgreSQL.
 */
@PlatformTest
@PostgresDatabase
class IdentityTablesPostgresTests extends IdentityTablesContract {

}
