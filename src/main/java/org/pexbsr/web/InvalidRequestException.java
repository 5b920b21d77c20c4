package org.pexbsr.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request whose parameter or field is wrong, named so the caller can fix it. Answers
 * 400.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidRequestException extends RuntimeException {

	private final String field;

	/**
	 * @param field the parameter or field at fault, as the caller spelled it
	 * @param message what is wrong with it, in words the caller understands
	 */
	public InvalidRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
