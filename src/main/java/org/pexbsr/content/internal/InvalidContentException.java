package org.pexbsr.content.internal;

/**
 * A content file that cannot be loaded, with the file and the reason.
 */
class InvalidContentException extends RuntimeException {

	InvalidContentException(String fileName, String reason) {
		super("Content file " + fileName + " cannot be loaded: " + reason);
	}

}
