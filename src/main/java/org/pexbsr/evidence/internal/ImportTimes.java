package org.pexbsr.evidence.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Shows when an import happened, in UTC to the minute, the same for every reader wherever
 * they are.
 */
final class ImportTimes {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private ImportTimes() {
	}

	static String show(Instant instant) {
		return MINUTE.format(instant);
	}

}
