package org.pexbsr.evidence.internal;

import java.util.List;

/**
 * What an import did.
 *
 * @param dataset the dataset's code
 * @param version the version the import created, or the existing version the same file
 * had already created
 * @param unchanged whether the file had been imported before, so nothing was written
 * @param format the reader that read the file
 * @param mode strict or lenient
 * @param rowsTaken observations (or case records) stored
 * @param rowsSkipped rows that name no country (regions, groups, places without an ISO
 * code), not stored
 * @param skipped the first few skipped rows with the reason, for the report
 * @param rowsRejected rows left out because they are not valid; only a lenient import has
 * any
 * @param rejected the rejected rows with the reason, up to {@link #REJECTED_LISTED}
 * @param millis how long the import took
 * @param cpuMillis processor time the importing thread spent, which unlike the time taken
 * does not grow when other programs share the machine; database work done in another
 * process (PostgreSQL) is not in it
 */
record ImportReport(String dataset, int version, boolean unchanged, String format, ImportMode mode, int rowsTaken,
		int rowsSkipped, List<SkippedRow> skipped, int rowsRejected, List<SkippedRow> rejected, long millis,
		long cpuMillis) {

	/** Rejected rows beyond this many are counted but not listed. */
	static final int REJECTED_LISTED = 1_000;

	/** Rows taken per second, for the command line and the benchmarks. */
	long rowsPerSecond() {
		return (this.millis > 0) ? this.rowsTaken * 1000L / this.millis : this.rowsTaken;
	}

	/**
	 * @param line where the row is in the file
	 * @param reason why it was not stored
	 */
	record SkippedRow(int line, String reason) implements java.io.Serializable {

	}

}
