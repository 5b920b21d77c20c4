package org.pexbsr.protocol.internal;

import org.pexbsr.PlatformTest;
import org.pexbsr.PostgresDatabase;

/**
 * The protocol's tables on PostgreSQL.
 */
@PlatformTest
@PostgresDatabase
class ProtocolDataPostgresTests extends ProtocolDataContract {

}
