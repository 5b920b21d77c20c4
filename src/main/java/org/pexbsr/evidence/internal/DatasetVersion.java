package org.pexbsr.evidence.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One imported release of a dataset, as the version list shows it.
 *
 * @param number the version number, counted from 1 per dataset
 * @param releaseLabel the publisher's release or update date, as the file states it
 * @param fileName the file it was read from
 * @param format the reader that read it
 * @param mode strict or lenient
 * @param importedAt when it was imported
 * @param importedBy who imported it
 * @param rowCount figures or case records it holds
 * @param skippedCount rows of the file that name no country
 * @param rejectedCount invalid rows a lenient import left out
 * @param rejectedNote what was wrong with them
 */
record DatasetVersion(int number, @Nullable String releaseLabel, String fileName, String format, ImportMode mode,
		Instant importedAt, String importedBy, int rowCount, int skippedCount, int rejectedCount,
		@Nullable String rejectedNote) {

	/** When it was imported, in UTC to the minute, as the pages show it. */
	public String importedOn() {
		return ImportTimes.show(this.importedAt);
	}

}
