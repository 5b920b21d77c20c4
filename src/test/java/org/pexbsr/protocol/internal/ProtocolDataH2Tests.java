package org.pexbsr.protocol.internal;

import org.pexbsr.PlatformTest;

/**
 * The protocol's tables on the embedded H2 database.
 */
@PlatformTest
class ProtocolDataH2Tests extends ProtocolDataContract {

}
