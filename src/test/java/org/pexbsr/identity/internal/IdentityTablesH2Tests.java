package org.pexbsr.identity.internal;

import org.pexbsr.PlatformTest;

/**
 * The identity tables on the embedded H2 database.
 */
@PlatformTest
class IdentityTablesH2Tests extends IdentityTablesContract {

}
