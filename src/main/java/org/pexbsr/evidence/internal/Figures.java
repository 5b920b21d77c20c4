package org.pexbsr.evidence.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads a figure as publishers write it: thousands separators, a suppressed small count
 * such as {@code <5}, or nothing at all. Anything else is refused with the line and
 * column, never guessed at.
 */
final class Figures {

	/**
	 * Eurostat's flag for a value withheld to protect confidentiality; used for every
	 * suppressed count.
	 */
	static final String CONFIDENTIAL = "c";

	private static final Pattern NUMBER = Pattern.compile("-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?");

	private static final Pattern SUPPRESSED = Pattern.compile("<\\s*([0-9]+)");

	private Figures() {
	}

	/**
	 * @param text the cell as written
	 * @return the figure, or {@code null} for an empty cell
	 * @throws ImportRejectedException when the text is no figure
	 */
	static @Nullable Figure parse(int line, String column, @Nullable String text) {
		String cell = (text != null) ? text.strip() : "";
		if (cell.isEmpty()) {
			return null;
		}
		var suppressed = SUPPRESSED.matcher(cell);
		if (suppressed.matches()) {
			return new Figure(null, new BigDecimal(suppressed.group(1)), CONFIDENTIAL);
		}
		if (!NUMBER.matcher(cell).matches()) {
			throw new ImportRejectedException(line, "column " + column + ": '" + cell + "' is not a number");
		}
		return new Figure(new BigDecimal(cell.replace(",", "")), null, "");
	}

	/**
	 * @param value the figure, or {@code null} when suppressed
	 * @param upperBound the exclusive bound a suppressed figure lies below
	 * @param flags flag codes
	 */
	record Figure(@Nullable BigDecimal value, @Nullable BigDecimal upperBound, String flags) {

	}

}
