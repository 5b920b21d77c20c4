package org.pexbsr.evidence.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Reads a Eurostat bulk download in TSV, in either header style: the current
 * {@code freq,unit,sex,geo\TIME_PERIOD} and the older {@code indic_de,geo\time}. The
 * dimensions are the header's, whatever the dataset; each further column is a period,
 * each cell a figure with its flags ({@code 78115 b}, {@code : c}). Rows for aggregates
 * such as EU27_2020 and for regions within a country are skipped, since they name no
 * country.
 */
@Component
class EurostatTsvReader implements DatasetReader {

	static final String FORMAT = "eurostat-tsv";

	/**
	 * The first header cell: comma-separated dimension codes, the last with the time
	 * suffix.
	 */
	private static final Pattern KEY_HEADER = Pattern.compile("([A-Za-z0-9_,]+)\\\\(TIME_PERIOD|time)",
			Pattern.CASE_INSENSITIVE);

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public boolean recognises(String fileName, byte[] head) {
		String first = TextFiles.firstLine(head);
		int tab = first.indexOf('\t');
		return tab > 0 && KEY_HEADER.matcher(first.substring(0, tab).strip()).matches();
	}

	@Override
	public void read(Path file, String fileName, ObservationSink sink) throws IOException {
		String code = EurostatDatasets.codeFromFileName(fileName);
		try (BufferedReader reader = TextFiles.open(file)) {
			Header header = Header.of(reader.readLine());
			sink.begin(EurostatDatasets.describe(code, null));
			int line = 1;
			for (String text = reader.readLine(); text != null; text = reader.readLine()) {
				line++;
				if (!text.isBlank()) {
					readLine(header, line, text, sink);
				}
			}
		}
	}

	private static void readLine(Header header, int line, String text, ObservationSink sink) {
		List<ObservationRow> rows;
		try {
			rows = header.rows(line, text, sink);
		}
		catch (ImportRejectedException problem) {
			sink.reject(problem);
			return;
		}
		rows.forEach(sink::accept);
	}

	/**
	 * The header line: the dimensions of the key, where geo is among them, and the
	 * periods.
	 */
	private record Header(List<String> dimensions, int geo, List<String> periods) {

		static Header of(String line) {
			if (line == null || line.isBlank()) {
				throw new ImportRejectedException(1, "the file is empty; a Eurostat TSV begins with its header");
			}
			String[] cells = line.split("\t", -1);
			Matcher key = KEY_HEADER.matcher(cells[0].strip());
			if (!key.matches()) {
				throw new ImportRejectedException(1, "the first header field '" + cells[0]
						+ "' should list the dimensions and end with \\TIME_PERIOD or \\time, such as freq,unit,geo"
						+ "\\TIME_PERIOD");
			}
			List<String> dimensions = List.of(key.group(1).toLowerCase(Locale.ROOT).split(","));
			int geo = dimensions.indexOf("geo");
			if (geo < 0) {
				throw new ImportRejectedException(1, "the header names no geo dimension: " + key.group(1));
			}
			List<String> periods = new ArrayList<>();
			for (int i = 1; i < cells.length; i++) {
				periods.add(Periods.period(1, "header field " + (i + 1), cells[i]));
			}
			if (periods.isEmpty()) {
				throw new ImportRejectedException(1, "the header names no period column");
			}
			return new Header(dimensions, geo, List.copyOf(periods));
		}

		/**
		 * The figures of one line, all of them or a refusal: never a part of the line.
		 */
		List<ObservationRow> rows(int line, String text, ObservationSink sink) {
			String[] cells = text.split("\t", -1);
			if (cells.length != this.periods.size() + 1) {
				throw new ImportRejectedException(line, "expected " + (this.periods.size() + 1)
						+ " tab-separated fields as in the header, found " + cells.length);
			}
			String[] key = cells[0].strip().split(",", -1);
			if (key.length != this.dimensions.size()) {
				throw new ImportRejectedException(line,
						"the key '" + cells[0] + "' has " + key.length + " parts; the header names "
								+ this.dimensions.size() + ": " + String.join(",", this.dimensions));
			}
			var geo = CountryCodes.fromEurostat(key[this.geo]);
			if (geo.isEmpty()) {
				sink.skip(line, "'" + key[this.geo] + "' is an aggregate or a region, not a country");
				return List.of();
			}
			SortedMap<String, String> dimensions = dimensions(line, key);
			List<ObservationRow> rows = new ArrayList<>(this.periods.size());
			for (int i = 0; i < this.periods.size(); i++) {
				String period = this.periods.get(i);
				Figures.Figure figure = EurostatCells.tsvCell(line, period, cells[i + 1]);
				if (figure != null) {
					rows.add(new ObservationRow(line, geo.get(), period, dimensions, figure.value(), null,
							figure.flags()));
				}
			}
			return rows;
		}

		private SortedMap<String, String> dimensions(int line, String[] key) {
			TreeMap<String, String> dimensions = new TreeMap<>();
			for (int i = 0; i < key.length; i++) {
				if (i != this.geo) {
					String value = key[i].strip();
					if (value.isEmpty()) {
						throw new ImportRejectedException(line, "dimension " + this.dimensions.get(i) + " is empty");
					}
					dimensions.put(this.dimensions.get(i), value);
				}
			}
			return Collections.unmodifiableSortedMap(dimensions);
		}

	}

}
