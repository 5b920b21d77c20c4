package org.pexbsr.evidence.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A dataset's description and its current (newest) version.
 *
 * @param code the platform's code for it
 * @param title its title
 * @param publisher who publishes it
 * @param sourceUrl where the publisher offers it
 * @param licence terms of use
 * @param version the newest version's number
 * @param releaseLabel the publisher's release or update date, as the file states it
 * @param fileName the file that version was read from
 * @param importedAt when that was
 * @param rowCount observations in that version
 * @param skippedCount rows of the file that name no country and were not stored
 * @param skippedNote what those rows were
 * @param geos the countries it covers
 * @param firstPeriod the earliest reference period
 * @param lastPeriod the latest reference period
 */
record DatasetInfo(String code, String title, String publisher, @Nullable String sourceUrl, @Nullable String licence,
		int version, @Nullable String releaseLabel, String fileName, Instant importedAt, int rowCount, int skippedCount,
		@Nullable String skippedNote, List<String> geos, @Nullable String firstPeriod, @Nullable String lastPeriod) {

}
