package org.pexbsr.evidence.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads Eurostat's figures and flags, shared by the bulk TSV and SDMX-CSV readers. A
 * missing figure is {@code :}; flags are letters after the figure ({@code 78115 b},
 * {@code 2.5 ep}, {@code : c}), kept beside it in alphabetical order.
 */
final class EurostatCells {

	/**
	 * The flags Eurostat has published: b break in time series, c confidential, d
	 * definition differs, e estimated, f forecast, i see metadata, n not significant, p
	 * provisional, r revised, s Eurostat estimate, u low reliability, z not applicable.
	 */
	static final String KNOWN_FLAGS = "bcdefinprsuz";

	private static final Pattern CELL = Pattern.compile("(:|[-+]?[0-9]+(?:\\.[0-9]+)?)?\\s*([A-Za-z]*)");

	private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(?:\\.[0-9]+)?");

	private EurostatCells() {
	}

	/**
	 * A bulk TSV cell such as {@code 88 }, {@code 78115 b} or {@code : c}.
	 * @return the figure with its flags, or {@code null} for a cell with neither figure
	 * nor flag
	 */
	static Figures.@Nullable Figure tsvCell(int line, String column, String text) {
		String cell = text.strip();
		Matcher parts = CELL.matcher(cell);
		if (cell.isEmpty() || !parts.matches()) {
			if (cell.isEmpty()) {
				return null;
			}
			throw new ImportRejectedException(line, "column " + column + ": '" + cell + "' is not a figure");
		}
		String number = parts.group(1);
		String flags = flags(line, column, parts.group(2));
		if (number == null && flags.isEmpty()) {
			throw new ImportRejectedException(line, "column " + column + ": '" + cell + "' is not a figure");
		}
		if (":".equals(number) && flags.isEmpty()) {
			return null;
		}
		return figure(number, flags);
	}

	/**
	 * An SDMX-CSV observation: OBS_VALUE (empty or {@code :} when missing) and OBS_FLAG.
	 * @return the figure with its flags, or {@code null} when there is neither
	 */
	static Figures.@Nullable Figure sdmxCell(int line, String valueColumn, String value, String flagColumn,
			String flag) {
		String number = value.strip();
		if (!number.isEmpty() && !number.equals(":") && !NUMBER.matcher(number).matches()) {
			throw new ImportRejectedException(line, "column " + valueColumn + ": '" + number + "' is not a number");
		}
		String flags = flags(line, flagColumn, flag.strip());
		if ((number.isEmpty() || number.equals(":")) && flags.isEmpty()) {
			return null;
		}
		return figure(number.isEmpty() ? null : number, flags);
	}

	/**
	 * The flag letters in alphabetical order, each once; an unknown letter is refused.
	 */
	static String flags(int line, String column, String letters) {
		Set<Character> sorted = new TreeSet<>();
		for (char letter : letters.toLowerCase(Locale.ROOT).toCharArray()) {
			if (letter == ' ') {
				continue;
			}
			if (KNOWN_FLAGS.indexOf(letter) < 0) {
				throw new ImportRejectedException(line, "column " + column + ": '" + letter
						+ "' is not a Eurostat flag (known: " + String.join(" ", KNOWN_FLAGS.split("")) + ")");
			}
			sorted.add(letter);
		}
		StringBuilder flags = new StringBuilder();
		sorted.forEach(flags::append);
		return flags.toString();
	}

	private static Figures.Figure figure(@Nullable String number, String flags) {
		if (number == null || number.equals(":")) {
			return new Figures.Figure(null, null, flags);
		}
		return new Figures.Figure(new BigDecimal(number.startsWith("+") ? number.substring(1) : number), null, flags);
	}

}
