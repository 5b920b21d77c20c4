package org.pexbsr.evidence.internal;

/**
 * A file that cannot be imported, with the line and field at fault. Nothing of the file
 * is stored.
 */
class ImportRejectedException extends RuntimeException {

	private final int line;

	private final String reason;

	ImportRejectedException(int line, String reason) {
		super((line > 0) ? "Line " + line + ": " + reason : reason);
		this.line = line;
		this.reason = reason;
	}

	/**
	 * The line or spreadsheet row at fault, or 0 when the fault is the file as a whole.
	 */
	int line() {
		return this.line;
	}

	/** What is wrong, without the line number. */
	String reason() {
		return this.reason;
	}

}
