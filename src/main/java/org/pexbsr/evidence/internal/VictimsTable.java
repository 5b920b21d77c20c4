package org.pexbsr.evidence.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Detected victims by country and year, as the evidence page shows them: one row per
 * country, one column per year, each cell the figure as published with its flags.
 *
 * @param years the column headings
 * @param rows one per country, ordered by the country's name in the page's language
 */
record VictimsTable(List<String> years, List<Row> rows) {

	static VictimsTable of(List<Observation> observations, List<String> countries, Locale locale) {
		TreeSet<String> years = new TreeSet<>();
		Map<String, Map<String, List<Observation>>> byCountry = new LinkedHashMap<>();
		for (Observation observation : observations) {
			years.add(observation.time());
			byCountry.computeIfAbsent(observation.geo(), (geo) -> new LinkedHashMap<>())
				.computeIfAbsent(observation.time(), (time) -> new ArrayList<>())
				.add(observation);
		}
		List<Row> rows = new ArrayList<>();
		for (String geo : countries) {
			Map<String, List<Observation>> cells = byCountry.getOrDefault(geo, Map.of());
			List<Cell> row = years.stream().map((year) -> Cell.of(cells.getOrDefault(year, List.of()))).toList();
			rows.add(new Row(geo, new Locale.Builder().setRegion(geo).build().getDisplayCountry(locale), row));
		}
		Collator collator = Collator.getInstance(locale);
		rows.sort(Comparator.comparing(Row::name, collator));
		return new VictimsTable(List.copyOf(years), List.copyOf(rows));
	}

	/**
	 * @param geo ISO 3166-1 alpha-2 code
	 * @param name the country's name in the page's language
	 * @param cells one per year column
	 */
	record Row(String geo, String name, List<Cell> cells) {

	}

	/**
	 * @param display the figure as published, or empty when there is none
	 * @param suppressed whether the publisher withheld the exact figure
	 * @param flags the flag codes
	 * @param sourceLine the row of the source file, or 0 when there is no figure
	 */
	record Cell(String display, boolean suppressed, List<String> flags, int sourceLine) {

		static Cell of(List<Observation> observations) {
			if (observations.isEmpty()) {
				return new Cell("", false, List.of(), 0);
			}
			// The shipped file has one figure per country and year for these totals;
			// should a release ever hold
			// two, the cell shows the first and the API still returns both.
			Observation first = observations.get(0);
			return new Cell(first.display(), first.suppressed(), first.flags(), first.sourceLine());
		}

	}

}
