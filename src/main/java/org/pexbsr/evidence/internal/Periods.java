package org.pexbsr.evidence.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads reference periods: years for the UNODC, UN and World Bank files, and the
 * sub-annual periods Eurostat also publishes, written the SDMX way ({@code 2022},
 * {@code 2022-Q1}, {@code 2022-S2}, {@code 2022-01}, {@code 2022-W05},
 * {@code 2022-01-31}) whichever way the file writes them.
 */
final class Periods {

	private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");

	/**
	 * Old bulk TSV {@code 2022Q1}, {@code 2022M01}, or SDMX {@code 2022-Q1},
	 * {@code 2022-01}.
	 */
	private static final Pattern SUB_ANNUAL = Pattern
		.compile("((?:19|20)[0-9]{2})-?(?:([QSW])([0-9]{1,2})|M?([0-9]{2})(?:-([0-9]{2}))?)");

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
			throw new ImportRejectedException(line, "column " + column + ": " + shown(cell) + " is not a year");
		}
		return cell;
	}

	/**
	 * A year or a sub-annual period, in the SDMX way of writing it; anything else is
	 * refused.
	 */
	static String period(int line, String column, @Nullable String text) {
		String cell = (text != null) ? text.strip() : "";
		if (YEAR.matcher(cell).matches()) {
			return cell;
		}
		Matcher parts = SUB_ANNUAL.matcher(cell);
		if (!parts.matches()) {
			throw new ImportRejectedException(line, "column " + column + ": " + shown(cell) + " is not a period");
		}
		String year = parts.group(1);
		if (parts.group(2) != null) {
			return year + "-" + parts.group(2) + pad(parts.group(3), parts.group(2).equals("W") ? 2 : 1);
		}
		return year + "-" + parts.group(4) + ((parts.group(5) != null) ? "-" + parts.group(5) : "");
	}

	private static String pad(String number, int width) {
		return "0".repeat(Math.max(0, width - number.length())) + number;
	}

	private static String shown(String cell) {
		return cell.isEmpty() ? "an empty cell" : "'" + cell + "'";
	}

}
