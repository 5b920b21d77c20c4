package org.pexbsr.evidence.internal;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads reference periods. Only years are read today, since every shipped source is
 * annual.
 */
final class Periods {

	private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");

	private Periods() {
	}

	/**
	 * A year written as text or as a number ({@code 2022}, {@code 2022.0}); anything else
	 * is refused.
	 */
	static String year(int line, String column, @Nullable String text) {
		String cell = (text != null) ? text.strip() : "";
		if (cell.endsWith(".0")) {
			cell = cell.substring(0, cell.length() - 2);
		}
		if (!YEAR.matcher(cell).matches()) {
			String shown = cell.isEmpty() ? "an empty cell" : "'" + cell + "'";
			throw new ImportRejectedException(line, "column " + column + ": " + shown + " is not a year");
		}
		return cell;
	}

}
