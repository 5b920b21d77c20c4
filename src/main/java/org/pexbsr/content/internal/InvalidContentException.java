package org.pexbsr.content.internal;

import org.pexbsr.content.ContentFileRejected;

/**
 * A Markdown content file that cannot be loaded, with the file and the reason.
 */
class InvalidContentException extends ContentFileRejected {

	InvalidContentException(String fileName, String reason) {
		super(fileName, null, reason);
	}

}
