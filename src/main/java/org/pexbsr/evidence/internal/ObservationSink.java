package org.pexbsr.evidence.internal;

/**
 * Where a reader hands what it reads: first the dataset, once, then each row.
 */
interface ObservationSink {

	/**
	 * Called once, before the first row, when the reader knows which dataset the file
	 * holds.
	 */
	void begin(DatasetDescription dataset);

	void accept(ObservationRow row);

	/**
	 * A row that holds no country figure by design, such as a regional aggregate; counted
	 * and reported.
	 */
	void skip(int line, String reason);

	/**
	 * A row that is not valid. Readers call this for each bad data row, after reading the
	 * whole row and before handing over any part of it, so that a row is taken whole or
	 * not at all. A strict import rethrows the exception, which refuses the file; a
	 * lenient one leaves the row out and lists it.
	 */
	default void reject(ImportRejectedException problem) {
		throw problem;
	}

	/** One record of a case-level dataset, for readers of such datasets. */
	default void acceptCase(CaseRecord record) {
		throw new UnsupportedOperationException("This sink takes figures, not case records");
	}

}
