package org.pexbsr.evidence.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One stored figure with everything needed to show it honestly.
 *
 * @param geo ISO 3166-1 alpha-2 country code
 * @param time the reference period
 * @param dimensions what it counts, by dimension name
 * @param value the figure; {@code null} when it is suppressed
 * @param upperBound for a suppressed small count, the exclusive bound it lies below
 * @param flags flag codes, one letter each
 * @param sourceLine the line or row of the publisher's file it was read from
 */
record Observation(String geo, String time, Map<String, String> dimensions, @Nullable BigDecimal value,
		@Nullable BigDecimal upperBound, List<String> flags, int sourceLine) {

	boolean suppressed() {
		return this.value == null && this.upperBound != null;
	}

	/**
	 * The figure as a person should read it: {@code 171}, or {@code <5} for a suppressed
	 * count.
	 */
	String display() {
		if (this.value != null) {
			return plain(this.value);
		}
		return (this.upperBound != null) ? "<" + plain(this.upperBound) : "";
	}

	static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}
