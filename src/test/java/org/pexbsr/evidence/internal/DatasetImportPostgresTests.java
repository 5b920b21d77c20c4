package org.pexbsr.evidence.internal;

import org.pexbsr.PlatformTest;
import org.pexbsr.PostgresDatabase;

/**
 * Imports on PostgreSQL.
 */
@PlatformTest
@PostgresDatabase
class DatasetImportPostgresTests extends DatasetImportContract {

}
