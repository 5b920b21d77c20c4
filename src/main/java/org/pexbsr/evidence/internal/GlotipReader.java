package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import org.springframework.stereotype.Component;

/**
 * Reads the UNODC Global Report on Trafficking in Persons data extract
 * ({@code data_glotip.xlsx}). The sheet is streamed with POI's event model and cells are
 * read by their position, so rows above the header and cells left out of sparse rows are
 * both read as UNODC wrote them.
 */
@Component
class GlotipReader implements DatasetReader {

	static final String FORMAT = "unodc-glotip-xlsx";

	static final DatasetDescription DATASET = new DatasetDescription("unodc-glotip",
			"Global Report on Trafficking in Persons: detected victims, persons prosecuted and convicted",
			"UNODC, Global Report on Trafficking in Persons (GLOTIP) database",
			"https://dataunodc.un.org/sites/dataunodc.un.org/files/data_glotip.xlsx", "UNODC data portal terms of use",
			null);

	/**
	 * Header names as normalised by {@link #normalise}, mapped to the dimension each
	 * becomes.
	 */
	private static final Map<String, String> DIMENSION_COLUMNS = Map.of("indicator", "indicator", "dimension",
			"dimension", "category", "category", "sex", "sex", "age", "age", "unitofmeasurement", "unit");

	private static final List<String> REQUIRED = List.of("iso3code", "country", "indicator", "dimension", "category",
			"sex", "age", "year", "unitofmeasurement", "value");

	static final String NOT_STATED = "Not stated";

	private static final DateTimeFormatter RELEASE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public boolean recognises(String fileName, byte[] head) {
		boolean zip = head.length > 3 && head[0] == 'P' && head[1] == 'K';
		return zip && fileName.toLowerCase(Locale.ROOT).contains("glotip");
	}

	@Override
	public void read(Path file, String fileName, ObservationSink sink) throws IOException {
		try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new ImportRejectedException(0, "the workbook has no sheet");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
						new PlainSharedStrings(new ReadOnlySharedStringsTable(workbook)), new Rows(sink),
						new DataFormatter(Locale.ROOT), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException ex) {
			throw new ImportRejectedException(0, "the file is not a readable Excel workbook (" + ex.getMessage() + ")");
		}
		catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException ex) {
			throw new ImportRejectedException(0, "the file is not a readable Excel workbook (" + ex.getMessage() + ")");
		}
	}

	static String normalise(String header) {
		String letters = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return letters.equals("txtvalue") ? "value" : letters;
	}

	/**
	 * Collects the cells of each row by column and turns each data row into an
	 * observation.
	 */
	private static final class Rows implements SheetContentsHandler {

		private final ObservationSink sink;

		private final Map<Integer, String> cells = new HashMap<>();

		private @Nullable Map<String, Integer> columns;

		private @Nullable String release;

		Rows(ObservationSink sink) {
			this.sink = sink;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells.clear();
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			if (cellReference != null && formattedValue != null) {
				this.cells.put(columnOf(cellReference), formattedValue);
			}
		}

		@Override
		public void endRow(int rowNum) {
			int line = rowNum + 1;
			if (this.columns == null) {
				readPreamble(line);
				return;
			}
			if (this.cells.values().stream().allMatch(String::isBlank)) {
				return;
			}
			try {
				readData(line);
			}
			catch (ImportRejectedException problem) {
				this.sink.reject(problem);
			}
		}

		@Override
		public void endSheet() {
			if (this.columns == null) {
				throw new ImportRejectedException(0, "no header row with the columns " + REQUIRED + " was found");
			}
		}

		private void readPreamble(int line) {
			Map<String, Integer> found = new HashMap<>();
			this.cells.forEach((column, text) -> found.putIfAbsent(normalise(text), column));
			if (found.keySet().containsAll(REQUIRED)) {
				this.columns = found;
				this.sink.begin(DATASET.withRelease(this.release));
				return;
			}
			this.cells.values()
				.stream()
				.map(String::strip)
				.filter(GlotipReader.Rows::isReleaseDate)
				.findFirst()
				.ifPresent((date) -> this.release = LocalDate.parse(date, RELEASE_DATE).toString());
		}

		private void readData(int line) {
			String iso3 = cell("iso3code");
			if (iso3 == null) {
				String country = cell("country");
				if (country == null) {
					throw new ImportRejectedException(line, "columns Iso3_code and Country are both empty");
				}
				this.sink.skip(line, "no ISO country code for " + country);
				return;
			}
			String geo = CountryCodes.fromAlpha3(iso3)
				.orElseThrow(() -> new ImportRejectedException(line,
						"column Iso3_code: '" + iso3 + "' is not an ISO 3166 alpha-3 country code"));
			String period = Periods.year(line, "Year", cell("year"));
			TreeMap<String, String> dimensions = new TreeMap<>();
			DIMENSION_COLUMNS.forEach((column, dimension) -> dimensions.put(dimension, dimensionValue(line, column)));
			Figures.Figure figure = Figures.parse(line, "txtVALUE", required(line, "value"));
			this.sink.accept(new ObservationRow(line, geo, period, dimensions, figure.value(), figure.upperBound(),
					figure.flags()));
		}

		/**
		 * UNODC leaves Category empty on some rows by citizenship and by country of
		 * repatriation, where the citizenship was not recorded; those rows are kept under
		 * an explicit "Not stated".
		 */
		private String dimensionValue(int line, String column) {
			if ("category".equals(column) && cell(column) == null) {
				return NOT_STATED;
			}
			return required(line, column);
		}

		private String required(int line, String column) {
			String value = cell(column);
			if (value == null) {
				throw new ImportRejectedException(line, "column " + headerName(column) + " is empty");
			}
			return value;
		}

		private @Nullable String cell(String column) {
			Integer index = this.columns.get(column);
			String value = (index != null) ? this.cells.get(index) : null;
			return (value == null || value.isBlank()) ? null : value.strip();
		}

		private static String headerName(String column) {
			return switch (column) {
				case "iso3code" -> "Iso3_code";
				case "unitofmeasurement" -> "Unit of measurement";
				case "value" -> "txtVALUE";
				default -> Character.toUpperCase(column.charAt(0)) + column.substring(1);
			};
		}

		/**
		 * The zero-based column of a reference such as {@code L4}; faster than parsing a
		 * CellReference.
		 */
		private static int columnOf(String reference) {
			int column = 0;
			for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
				column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
			}
			return column - 1;
		}

		private static boolean isReleaseDate(String text) {
			try {
				LocalDate.parse(text, RELEASE_DATE);
				return true;
			}
			catch (DateTimeParseException ex) {
				return false;
			}
		}

	}

}
