package org.pexbsr.evidence.internal;

import org.pexbsr.PlatformTest;

/**
 * Case tables on the embedded H2 database.
 */
@PlatformTest
class CaseTablesH2Tests extends CaseTablesContract {

}
