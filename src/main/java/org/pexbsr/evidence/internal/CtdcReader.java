package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads the Counter Trafficking Data Collaborative's global victim dataset (CSV, one row
 * per registered person, k-anonymised by CTDC). Its first header cell is CTDC's
 * terms-of-use notice, naming an empty first column; unknown values are {@code -99}; yes
 * and no are 1 and 0; age bands are written {@code 18--20}. The records are case-level,
 * so they are stored as case records, never as figures.
 */
@Component
class CtdcReader implements DatasetReader {

	static final String FORMAT = "ctdc-global-csv";

	static final String TERMS_NOTICE = "By using this data you agree to the Terms of Use";

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

	private static final String UNKNOWN = "-99";

	private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");

	/**
	 * The release date in CTDC's file name, such as
	 * {@code The Global Dataset 14 Apr 2020}.
	 */
	private static final Pattern RELEASE = Pattern.compile("([0-9]{1,2})[ _]([A-Za-z]{3})[ _]([0-9]{4})");

	private static final DateTimeFormatter RELEASE_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

	/** The columns the platform keeps, with the widest value each may hold. */
	private static final List<Column> COLUMNS = List.of(new Column("yearOfRegistration", 4),
			new Column("Datasource", 100), new Column("gender", 40), new Column("ageBroad", 20),
			new Column("majorityStatus", 20), new Column("citizenship", 2), new Column("CountryOfExploitation", 2),
			new Column("isSexualExploit", 2), new Column("isForcedLabour", 2), new Column("isOtherExploit", 2),
			new Column("typeOfExploitConcatenated", 300), new Column("typeOfSexConcatenated", 300),
			new Column("meansOfControlConcatenated", 500), new Column("RecruiterRelationship", 200));

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public boolean recognises(String fileName, byte[] head) {
		String first = TextFiles.firstLine(head);
		return first.startsWith(TERMS_NOTICE)
				|| (first.contains("yearOfRegistration") && first.contains("CountryOfExploitation"));
	}

	@Override
	public void read(Path file, String fileName, ObservationSink sink) throws IOException {
		try (Reader reader = TextFiles.open(file); CSVParser parser = CSV.parse(reader)) {
			Map<String, Integer> columns = null;
			int width = 0;
			for (CSVRecord record : parser) {
				int line = (int) parser.getCurrentLineNumber();
				if (columns == null) {
					columns = columns(record);
					width = record.size();
					sink.begin(describe(fileName));
					continue;
				}
				readRecord(columns, width, record, line, sink);
			}
			if (columns == null) {
				throw new ImportRejectedException(0, "the file is empty; the CTDC dataset begins with its header");
			}
		}
	}

	static DatasetDescription describe(String fileName) {
		return new DatasetDescription("ctdc-global-victims",
				"Counter Trafficking Data Collaborative: global dataset of identified victims (k-anonymised)",
				"Counter Trafficking Data Collaborative (IOM, Polaris, Liberty Shared)",
				"https://www.ctdatacollaborative.org/",
				"CTDC terms of use: https://www.ctdatacollaborative.org/terms-use", release(fileName),
				RecordKind.CASE_RECORDS);
	}

	private static @Nullable String release(String fileName) {
		Matcher date = RELEASE.matcher(fileName);
		if (!date.find()) {
			return null;
		}
		String month = date.group(2).substring(0, 1).toUpperCase(Locale.ROOT)
				+ date.group(2).substring(1).toLowerCase(Locale.ROOT);
		try {
			return LocalDate.parse(date.group(1) + " " + month + " " + date.group(3), RELEASE_DATE).toString();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Map<String, Integer> columns(CSVRecord header) {
		Map<String, Integer> found = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			found.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
		Map<String, Integer> columns = new HashMap<>();
		for (Column column : COLUMNS) {
			Integer index = found.get(column.name().toLowerCase(Locale.ROOT));
			if (index == null) {
				throw new ImportRejectedException(1,
						"the header has no column " + column.name() + "; is this CTDC's global dataset?");
			}
			columns.put(column.name(), index);
		}
		return columns;
	}

	private static void readRecord(Map<String, Integer> columns, int width, CSVRecord record, int line,
			ObservationSink sink) {
		CaseRecord read;
		try {
			if (record.size() != width) {
				throw new ImportRejectedException(line,
						"expected " + width + " fields as in the header, found " + record.size());
			}
			read = new Fields(columns, record, line).caseRecord();
		}
		catch (ImportRejectedException problem) {
			sink.reject(problem);
			return;
		}
		sink.acceptCase(read);
	}

	private record Column(String name, int width) {

	}

	/** One row's fields, read by column name, with -99 as null. */
	private record Fields(Map<String, Integer> columns, CSVRecord record, int line) {

		CaseRecord caseRecord() {
			String year = text("yearOfRegistration");
			if (year != null && !YEAR.matcher(year).matches()) {
				throw new ImportRejectedException(this.line, "column yearOfRegistration: '" + year + "' is not a year");
			}
			String age = text("ageBroad");
			return new CaseRecord(this.line, year, text("Datasource"), text("gender"),
					(age != null) ? age.replace("--", "-") : null, text("majorityStatus"), country("citizenship"),
					country("CountryOfExploitation"), yesNo("isSexualExploit"), yesNo("isForcedLabour"),
					yesNo("isOtherExploit"), text("typeOfExploitConcatenated"), text("typeOfSexConcatenated"),
					text("meansOfControlConcatenated"), text("RecruiterRelationship"));
		}

		private @Nullable String text(String column) {
			String value = this.record.get(this.columns.get(column)).strip();
			if (value.isEmpty() || value.equals(UNKNOWN)) {
				return null;
			}
			int width = COLUMNS.stream()
				.filter((known) -> known.name().equals(column))
				.findFirst()
				.orElseThrow()
				.width();
			if (value.length() > width) {
				throw new ImportRejectedException(this.line,
						"column " + column + ": " + value.length() + " characters, more than the " + width + " kept");
			}
			return value;
		}

		private @Nullable String country(String column) {
			String value = this.record.get(this.columns.get(column)).strip();
			if (value.isEmpty() || value.equals(UNKNOWN)) {
				return null;
			}
			if (!CountryCodes.isAlpha2(value.toUpperCase(Locale.ROOT))) {
				throw new ImportRejectedException(this.line,
						"column " + column + ": '" + value + "' is not an ISO 3166 alpha-2 country code");
			}
			return value.toUpperCase(Locale.ROOT);
		}

		private @Nullable Boolean yesNo(String column) {
			String value = text(column);
			if (value == null) {
				return null;
			}
			return switch (value) {
				case "1" -> true;
				case "0" -> false;
				default -> throw new ImportRejectedException(this.line,
						"column " + column + ": '" + value + "' is neither 1 (yes), 0 (no) nor -99 (unknown)");
			};
		}

	}

}
