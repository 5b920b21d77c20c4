package org.pexbsr.content.internal;

import org.pexbsr.PlatformTest;

/**
 * The web editor's workflow on the embedded H2 database.
 */
@PlatformTest
class ContentEditorH2Tests extends ContentEditorContract {

}
