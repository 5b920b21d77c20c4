package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Component;

/**
 * Reads a UN SDG indicator series in DDF CSV, as Gapminder's Open Numbers publish the UN
 * SDG Global Database ({@code ddf--datapoints--vc_htf_detv--by--age--geo_area--...csv}):
 * one key column per dimension, {@code geo_area} as a UN M49 number and the series' value
 * in the last column. Rows whose M49 number is a region or group are skipped, since they
 * name no country.
 */
@Component
class SdgDdfReader implements DatasetReader {

	static final String FORMAT = "un-sdg-ddf-csv";

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

	private static final Pattern SERIES = Pattern.compile("[a-z]{2}_[a-z0-9_]+");

	private static final Pattern M49 = Pattern.compile("[0-9]{1,5}");

	private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?");

	/**
	 * SDG "nature" codes whose figures are not the country's own: E estimated, M
	 * modelled. They carry the flag e, as Eurostat marks estimates.
	 */
	private static final Set<String> ESTIMATED = Set.of("e", "m");

	/** The trafficking series of SDG indicator 16.2.2, by their SDG series code. */
	private static final Map<String, String> TITLES = Map.of("VC_HTF_DETV",
			"Detected victims of human trafficking, by age and sex (SDG indicator 16.2.2)", "VC_HTF_DETVSX",
			"Detected victims of human trafficking for sexual exploitation, by age and sex (SDG indicator 16.2.2)",
			"VC_HTF_DETVFL",
			"Detected victims of human trafficking for forced labour, servitude and slavery, by age and sex "
					+ "(SDG indicator 16.2.2)",
			"VC_HTF_DETVOP",
			"Detected victims of human trafficking for other purposes, by age and sex " + "(SDG indicator 16.2.2)");

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public boolean recognises(String fileName, byte[] head) {
		List<String> header = List.of(TextFiles.firstLine(head).strip().split(","));
		return header.contains("geo_area") && header.contains("year") && header.size() >= 3
				&& SERIES.matcher(header.get(header.size() - 1)).matches();
	}

	@Override
	public void read(Path file, String fileName, ObservationSink sink) throws IOException {
		try (Reader reader = TextFiles.open(file); CSVParser parser = CSV.parse(reader)) {
			Columns columns = null;
			for (CSVRecord record : parser) {
				int line = (int) parser.getCurrentLineNumber();
				if (columns == null) {
					columns = Columns.of(record);
					sink.begin(describe(columns.series()));
					continue;
				}
				readRow(columns, record, line, sink);
			}
			if (columns == null) {
				throw new ImportRejectedException(0, "the file is empty; a DDF datapoints file begins with its header");
			}
		}
	}

	static DatasetDescription describe(String series) {
		String title = TITLES.getOrDefault(series, "UN SDG indicator series " + series);
		return new DatasetDescription("un-sdg-" + series.toLowerCase(Locale.ROOT).replace('_', '-'), title,
				"UN Statistics Division, SDG Global Database (" + series
						+ "; data by UNODC), via Gapminder Open Numbers",
				"https://unstats.un.org/sdgs/dataportal",
				"UN SDG Global Database terms of use; attribute UNSD and UNODC", null);
	}

	private static void readRow(Columns columns, CSVRecord record, int line, ObservationSink sink) {
		ObservationRow row;
		try {
			row = columns.row(record, line, sink);
		}
		catch (ImportRejectedException problem) {
			sink.reject(problem);
			return;
		}
		if (row != null) {
			sink.accept(row);
		}
	}

	/** Where each column is: the key dimensions, geo_area, year and the series' value. */
	private record Columns(List<String> names, int geo, int year, int nature, String series) {

		static Columns of(CSVRecord header) {
			List<String> names = header.stream().map(String::strip).toList();
			int geo = names.indexOf("geo_area");
			int year = names.indexOf("year");
			String last = names.get(names.size() - 1);
			if (geo < 0 || year < 0 || !SERIES.matcher(last).matches()) {
				throw new ImportRejectedException(1, "the header should name geo_area, year and, last, an SDG series "
						+ "such as vc_htf_detv; it is " + String.join(",", names));
			}
			return new Columns(names, geo, year, names.indexOf("nature"), last.toUpperCase(Locale.ROOT));
		}

		ObservationRow row(CSVRecord record, int line, ObservationSink sink) {
			if (record.size() != this.names.size()) {
				throw new ImportRejectedException(line,
						"expected " + this.names.size() + " fields as in the header, found " + record.size());
			}
			String code = record.get(this.geo).strip();
			if (!M49.matcher(code).matches()) {
				throw new ImportRejectedException(line, "column geo_area: '" + code + "' is not a UN M49 number");
			}
			var geo = CountryCodes.fromM49(Integer.parseInt(code));
			if (geo.isEmpty()) {
				sink.skip(line, "M49 " + code + " is a region, a group or a former country, not a country");
				return null;
			}
			String period = Periods.year(line, "year", record.get(this.year));
			BigDecimal value = value(record, line);
			String nature = (this.nature >= 0) ? record.get(this.nature).strip().toLowerCase(Locale.ROOT) : "";
			return new ObservationRow(line, geo.get(), period, dimensions(record, line), value, null,
					ESTIMATED.contains(nature) ? "e" : "");
		}

		private BigDecimal value(CSVRecord record, int line) {
			String text = record.get(this.names.size() - 1).strip();
			if (!NUMBER.matcher(text).matches()) {
				String shown = text.isEmpty() ? "an empty cell" : "'" + text + "'";
				throw new ImportRejectedException(line,
						"column " + this.names.get(this.names.size() - 1) + ": " + shown + " is not a number");
			}
			return new BigDecimal(text);
		}

		private SortedMap<String, String> dimensions(CSVRecord record, int line) {
			TreeMap<String, String> dimensions = new TreeMap<>();
			dimensions.put("indicator", this.series);
			List<Integer> keys = new ArrayList<>();
			for (int i = 0; i < this.names.size() - 1; i++) {
				if (i != this.geo && i != this.year) {
					keys.add(i);
				}
			}
			for (int index : keys) {
				String value = record.get(index).strip();
				if (value.isEmpty()) {
					throw new ImportRejectedException(line, "column " + this.names.get(index) + " is empty");
				}
				dimensions.put(this.names.get(index), value);
			}
			return Collections.unmodifiableSortedMap(dimensions);
		}

	}

}
