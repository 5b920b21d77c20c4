package org.pexbsr.evidence.internal;

import java.util.List;

/**
 * What an import did.
 *
 * @param dataset the dataset's code
 * @param version the version the import created, or the existing version the same file
 * had already created
 * @param unchanged whether the file had been imported before, so nothing was written
 * @param rowsTaken observations stored
 * @param rowsSkipped rows that name no country (regions, groups, places without an ISO
 * code), not stored
 * @param skipped the first few skipped rows with the reason, for the report
 */
record ImportReport(String dataset, int version, boolean unchanged, int rowsTaken, int rowsSkipped,
		List<SkippedRow> skipped) {

	/**
	 * @param line where the row is in the file
	 * @param reason why it holds no country figure
	 */
	record SkippedRow(int line, String reason) {

	}

}
