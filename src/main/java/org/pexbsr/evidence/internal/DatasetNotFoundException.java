package org.pexbsr.evidence.internal;

import org.pexbsr.web.ResourceNotFoundException;

/**
 * A dataset or version asked for by address that does not exist: a 404 page or problem
 * document.
 */
class DatasetNotFoundException extends ResourceNotFoundException {

	DatasetNotFoundException(String message) {
		super(message);
	}

}
