package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads a World Bank World Development Indicators bulk CSV
 * ({@code API_<indicator>_DS2_en_csv_v2*.csv}): a byte-order mark, a preamble above the
 * header, every field quoted, one column per year and a trailing empty column. Rows for
 * regions and income groups are skipped and reported, since they name no country.
 */
@Component
class WorldBankReader implements DatasetReader {

	static final String FORMAT = "worldbank-wdi-csv";

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public boolean recognises(String fileName, byte[] head) {
		String text = new String(head, StandardCharsets.UTF_8);
		return text.contains("\"Data Source\",\"World Development Indicators\"")
				|| text.contains("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\"");
	}

	@Override
	public void read(Path file, String fileName, ObservationSink sink) throws IOException {
		try (Reader reader = TextFiles.open(file); CSVParser parser = CSV.parse(reader)) {
			new Rows(parser, sink).read();
		}
	}

	private static final class Rows {

		private final CSVParser parser;

		private final ObservationSink sink;

		private @Nullable String lastUpdated;

		private List<String> years = List.of();

		private int width;

		private @Nullable String indicatorCode;

		Rows(CSVParser parser, ObservationSink sink) {
			this.parser = parser;
			this.sink = sink;
		}

		void read() {
			boolean headerSeen = false;
			for (CSVRecord record : this.parser) {
				int line = (int) this.parser.getCurrentLineNumber();
				if (!headerSeen) {
					headerSeen = readPreamble(record, line);
					continue;
				}
				try {
					readCountry(record, line);
				}
				catch (ImportRejectedException problem) {
					this.sink.reject(problem);
				}
			}
			if (!headerSeen) {
				throw new ImportRejectedException(0,
						"no header line starting \"Country Name\",\"Country Code\" was found");
			}
		}

		private boolean readPreamble(CSVRecord record, int line) {
			String first = record.get(0).strip();
			if ("Last Updated Date".equals(first) && record.size() > 1) {
				this.lastUpdated = record.get(1).strip();
			}
			if (!"Country Name".equals(first)) {
				return false;
			}
			if (record.size() < 5 || !"Country Code".equals(record.get(1)) || !"Indicator Code".equals(record.get(3))) {
				throw new ImportRejectedException(line,
						"the header must begin Country Name, Country Code, Indicator Name, Indicator Code");
			}
			this.width = record.size();
			this.years = yearColumns(record, line);
			return true;
		}

		private static List<String> yearColumns(CSVRecord header, int line) {
			List<String> years = new ArrayList<>();
			for (int i = 4; i < header.size(); i++) {
				String label = header.get(i).strip();
				boolean trailingEmpty = label.isEmpty() && i == header.size() - 1;
				if (!trailingEmpty) {
					years.add(Periods.year(line, "header field " + (i + 1), label));
				}
			}
			return years;
		}

		private void readCountry(CSVRecord record, int line) {
			if (record.size() != this.width) {
				throw new ImportRejectedException(line,
						"expected " + this.width + " fields as in the header, found " + record.size());
			}
			String code = record.get(1).strip();
			String indicatorCode = record.get(3).strip();
			if (code.isEmpty() || indicatorCode.isEmpty()) {
				throw new ImportRejectedException(line,
						"column " + (code.isEmpty() ? "Country Code" : "Indicator Code") + " is empty");
			}
			begin(line, indicatorCode, record.get(2).strip());
			var geo = CountryCodes.fromAlpha3(code);
			if (geo.isEmpty()) {
				this.sink.skip(line, "'" + code + "' (" + record.get(0) + ") is a region or group, not a country");
				return;
			}
			TreeMap<String, String> dimensions = new TreeMap<>();
			dimensions.put("indicator", indicatorCode);
			List<ObservationRow> rows = new ArrayList<>(this.years.size());
			for (int i = 0; i < this.years.size(); i++) {
				String year = this.years.get(i);
				Figures.Figure figure = Figures.parse(line, year, record.get(4 + i));
				if (figure != null) {
					rows.add(new ObservationRow(line, geo.get(), year, dimensions, figure.value(), figure.upperBound(),
							figure.flags()));
				}
			}
			rows.forEach(this.sink::accept);
		}

		private void begin(int line, String indicatorCode, String indicatorName) {
			if (this.indicatorCode != null) {
				if (!this.indicatorCode.equals(indicatorCode)) {
					throw new ImportRejectedException(line,
							"column Indicator Code: '" + indicatorCode + "' differs from '" + this.indicatorCode
									+ "' above; a World Bank file holds one indicator");
				}
				return;
			}
			this.indicatorCode = indicatorCode;
			String code = "wb-" + indicatorCode.toLowerCase(Locale.ROOT).replace('.', '-');
			this.sink.begin(new DatasetDescription(code, indicatorName,
					"World Bank, World Development Indicators (" + indicatorCode + ")",
					"https://data.worldbank.org/indicator/" + indicatorCode, "CC BY 4.0", this.lastUpdated));
		}

	}

}
