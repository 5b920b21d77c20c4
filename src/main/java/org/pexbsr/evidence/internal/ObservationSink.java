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

}
