package org.pexbsr.content.internal;

import org.pexbsr.PlatformTest;
import org.pexbsr.PostgresDatabase;

/**
 * The web editor's workflow on PostgreSQL.
 */
@PlatformTest
@PostgresDatabase
class ContentEditorPostgresTests extends ContentEditorContract {

}
