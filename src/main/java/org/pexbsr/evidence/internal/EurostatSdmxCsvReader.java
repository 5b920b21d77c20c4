package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads SDMX-CSV as Eurostat's API writes it (SDMX-CSV 1.0:
 * {@code DATAFLOW,LAST UPDATE,freq,...,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG}; the 2.0
 * columns {@code STRUCTURE,STRUCTURE_ID,ACTION} are read too). One row is one figure. The
 * dimensions are the columns before TIME_PERIOD, whatever the dataset; the dataset is
 * named by the DATAFLOW column, such as {@code ESTAT:CRIM_THB_VCTZ(1.0)}.
 */
@Component
class EurostatSdmxCsvReader implements DatasetReader {

	static final String FORMAT = "eurostat-sdmx-csv";

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

	/** Columns that describe the message, not the figure. */
	private static final Set<String> MESSAGE_COLUMNS = Set.of("dataflow", "last update", "structure", "structure_id",
			"action");

	private static final Pattern DATAFLOW = Pattern.compile("(?:[A-Za-z0-9_.]+:)?([A-Za-z][A-Za-z0-9_]*)(?:\\(.*\\))?");

	private static final DateTimeFormatter LAST_UPDATE = DateTimeFormatter.ofPattern("dd/MM/yy[ HH:mm[:ss]]");

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public boolean recognises(String fileName, byte[] head) {
		String first = TextFiles.firstLine(head).toUpperCase(Locale.ROOT);
		return (first.startsWith("DATAFLOW,") || first.startsWith("STRUCTURE,")) && first.contains(",TIME_PERIOD,")
				&& first.contains(",OBS_VALUE");
	}

	@Override
	public void read(Path file, String fileName, ObservationSink sink) throws IOException {
		try (Reader reader = TextFiles.open(file); CSVParser parser = CSV.parse(reader)) {
			Columns columns = null;
			for (CSVRecord record : parser) {
				int line = (int) parser.getCurrentLineNumber();
				if (columns == null) {
					columns = Columns.of(record);
					continue;
				}
				readRow(columns, record, line, sink);
			}
			if (columns == null) {
				throw new ImportRejectedException(0, "the file is empty; SDMX-CSV begins with its header");
			}
		}
	}

	private static void readRow(Columns columns, CSVRecord record, int line, ObservationSink sink) {
		ObservationRow row;
		try {
			columns.begin(record, line, sink);
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

	/**
	 * Where each column is, and which dataset the rows belong to once the first is read.
	 */
	private static final class Columns {

		private final List<String> names;

		private final List<Integer> dimensions;

		private final int dataflow;

		private final int lastUpdate;

		private final int geo;

		private final int period;

		private final int value;

		private final int flag;

		private final int confidentiality;

		private @Nullable String dataset;

		private Columns(List<String> names) {
			this.names = names;
			this.dataflow = indexOf("structure_id", indexOf("dataflow", -1));
			this.lastUpdate = indexOf("last update", -1);
			this.geo = indexOf("geo", -1);
			this.period = indexOf("time_period", -1);
			this.value = indexOf("obs_value", -1);
			this.flag = indexOf("obs_flag", -1);
			this.confidentiality = indexOf("conf_status", -1);
			List<Integer> dimensions = new ArrayList<>();
			for (int i = 0; i < this.period; i++) {
				if (i != this.geo && !MESSAGE_COLUMNS.contains(names.get(i))) {
					dimensions.add(i);
				}
			}
			this.dimensions = List.copyOf(dimensions);
		}

		static Columns of(CSVRecord header) {
			List<String> names = header.stream().map((name) -> name.strip().toLowerCase(Locale.ROOT)).toList();
			Columns columns = new Columns(names);
			for (String required : List.of("geo", "TIME_PERIOD", "OBS_VALUE")) {
				if (!names.contains(required.toLowerCase(Locale.ROOT))) {
					throw new ImportRejectedException(1, "the header has no column " + required
							+ "; SDMX-CSV from Eurostat has DATAFLOW, the dimensions, TIME_PERIOD, OBS_VALUE and OBS_FLAG");
				}
			}
			if (columns.dataflow < 0) {
				throw new ImportRejectedException(1, "the header has no DATAFLOW column naming the dataset");
			}
			if (columns.geo > columns.period) {
				throw new ImportRejectedException(1, "the geo column must come before TIME_PERIOD");
			}
			return columns;
		}

		/**
		 * Names the dataset on the first row, and holds every later row to the same one.
		 */
		void begin(CSVRecord record, int line, ObservationSink sink) {
			checkWidth(record, line);
			String dataflow = record.get(this.dataflow).strip();
			Matcher code = DATAFLOW.matcher(dataflow);
			if (!code.matches()) {
				throw new ImportRejectedException(line, "column DATAFLOW: '" + dataflow + "' names no dataset");
			}
			String dataset = code.group(1).toLowerCase(Locale.ROOT);
			if (this.dataset == null) {
				this.dataset = dataset;
				sink.begin(EurostatDatasets.describe(dataset, release(record)));
			}
			else if (!this.dataset.equals(dataset)) {
				throw new ImportRejectedException(line, "column DATAFLOW: '" + dataflow + "' differs from "
						+ this.dataset + " above; one file holds one dataset");
			}
		}

		@Nullable ObservationRow row(CSVRecord record, int line, ObservationSink sink) {
			String geoCode = record.get(this.geo).strip();
			var geo = CountryCodes.fromEurostat(geoCode);
			if (geo.isEmpty()) {
				sink.skip(line, "'" + geoCode + "' is an aggregate or a region, not a country");
				return null;
			}
			String period = Periods.period(line, "TIME_PERIOD", record.get(this.period));
			String flagText = (this.flag >= 0) ? record.get(this.flag) : "";
			if (this.confidentiality >= 0 && record.get(this.confidentiality).strip().equalsIgnoreCase("C")) {
				flagText = flagText + "c";
			}
			Figures.Figure figure = EurostatCells.sdmxCell(line, "OBS_VALUE", record.get(this.value), "OBS_FLAG",
					flagText);
			if (figure == null) {
				return null;
			}
			return new ObservationRow(line, geo.get(), period, dimensions(record, line), figure.value(), null,
					figure.flags());
		}

		private SortedMap<String, String> dimensions(CSVRecord record, int line) {
			TreeMap<String, String> dimensions = new TreeMap<>();
			for (int index : this.dimensions) {
				String value = record.get(index).strip();
				if (value.isEmpty()) {
					throw new ImportRejectedException(line, "column " + this.names.get(index) + " is empty");
				}
				dimensions.put(this.names.get(index), value);
			}
			return Collections.unmodifiableSortedMap(dimensions);
		}

		private void checkWidth(CSVRecord record, int line) {
			if (record.size() != this.names.size()) {
				throw new ImportRejectedException(line,
						"expected " + this.names.size() + " fields as in the header, found " + record.size());
			}
		}

		private @Nullable String release(CSVRecord record) {
			if (this.lastUpdate < 0) {
				return null;
			}
			String text = record.get(this.lastUpdate).strip();
			try {
				return LocalDate.parse(text, LAST_UPDATE).toString();
			}
			catch (DateTimeParseException ex) {
				return text.isEmpty() ? null : text;
			}
		}

		private int indexOf(String name, int otherwise) {
			int index = this.names.indexOf(name);
			return (index >= 0) ? index : otherwise;
		}

	}

}
