package org.pexbsr.evidence.internal;

/**
 * A file that cannot be imported, with the line and field at fault. Nothing of the file
 * is stored.
 */
class ImportRejectedException extends RuntimeException {

	private final int line;

	ImportRejectedException(int line, String reason) {
		super((line > 0) ? "Line " + line + ": " + reason : reason);
		this.line = line;
	}

	/**
	 * The line or spreadsheet row at fault, or 0 when the fault is the file as a whole.
	 */
	int line() {
		return this.line;
	}

}
