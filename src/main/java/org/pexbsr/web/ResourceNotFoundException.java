package org.pexbsr.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something asked for by address that does not exist. Each module's own not-found extends
 * this, so that a missing chapter or dataset answers 404 as a page or as a problem
 * document, never 500.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ResourceNotFoundException extends RuntimeException {

	public ResourceNotFoundException(String message) {
		super(message);
	}

}
