package org.pexbsr.identity.internal;

import org.pexbsr.PlatformTest;

/**
 * The audit trail's guard on the embedded H2 database (a Java trigger).
 */
@PlatformTest
class AuditTrailAppendOnlyH2Tests extends AuditTrailAppendOnlyContract {

}
