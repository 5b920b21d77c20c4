package org.pexbsr.evidence.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How an import treats a bad row: strict refuses the whole file, lenient leaves the row
 * out and lists it with the reason. Either way the import is one transaction.
 */
enum ImportMode {

	STRICT, LENIENT;

	/**
	 * The name as stored and as an uploader writes it: {@code strict}, {@code lenient}.
	 */
	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The mode an uploader named; strict when none is named.
	 * @throws ImportRejectedException for a name that is neither
	 */
	static ImportMode named(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return STRICT;
		}
		for (ImportMode mode : values()) {
			if (mode.code().equals(name.strip().toLowerCase(Locale.ROOT))) {
				return mode;
			}
		}
		throw new ImportRejectedException(0, "unknown mode '" + name + "'; use strict or lenient");
	}

}
