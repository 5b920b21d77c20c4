package org.pexbsr.evidence.internal;

import org.pexbsr.PlatformTest;

/**
 * Imports on the embedded H2 database.
 */
@PlatformTest
class DatasetImportH2Tests extends DatasetImportContract {

}
