package org.pexbsr.evidence.internal;

import java.math.BigDecimal;
import java.util.SortedMap;

import org.jspecify.annotations.Nullable;

/**
 * One figure as read from a publisher's file, before it is stored.
 *
 * @param line the line (or spreadsheet row) it came from, counted from 1 as an editor
 * shows it
 * @param geo ISO 3166-1 alpha-2 country code
 * @param period the reference period as the publisher gives it, such as {@code 2022}
 * @param dimensions what the figure counts (indicator, sex, age ...), sorted by dimension
 * name
 * @param value the figure, or {@code null} when it is suppressed or missing
 * @param upperBound for a suppressed small count, the exclusive bound it lies below
 * ({@code <5} gives 5)
 * @param flags the flag codes, such as {@code c} for confidential or {@code bp} for a
 * provisional break
 */
record ObservationRow(int line, String geo, String period, SortedMap<String, String> dimensions,
		@Nullable BigDecimal value, @Nullable BigDecimal upperBound, String flags) {

}
