package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds GLOTIP-shaped workbooks for tests, in the layout UNODC publishes: optional rows
 * above the header, one row per figure, and cells that a row may leave out entirely.
 */
class GlotipWorkbook {

	static final List<String> HEADER = List.of("Iso3_code", "Country", "Region", "Subregion", "Indicator", "Dimension",
			"Category", "Sex", "Age", "Year", "Unit of measurement", "txtVALUE", "Source");

	private final List<List<String>> preamble = new ArrayList<>();

	private final List<Map<String, String>> rows = new ArrayList<>();

	static GlotipWorkbook withUnodcPreamble() {
		GlotipWorkbook workbook = new GlotipWorkbook();
		workbook.preamble.add(List.of("UNODC"));
		workbook.preamble.add(List.of("14/04/2025"));
		return workbook;
	}

	static GlotipWorkbook withoutPreamble() {
		return new GlotipWorkbook();
	}

	/**
	 * A row for Sweden's total detected victims, with the given changes; a {@code null}
	 * value leaves a cell out.
	 */
	GlotipWorkbook row(String year, String value, String... changes) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("Iso3_code", "SWE");
		row.put("Country", "Sweden");
		row.put("Region", "Europe");
		row.put("Subregion", "Northern Europe");
		row.put("Indicator", "Detected trafficking victims");
		row.put("Dimension", "Total");
		row.put("Category", "Total");
		row.put("Sex", "Total");
		row.put("Age", "Total");
		row.put("Year", year);
		row.put("Unit of measurement", "Counts");
		row.put("txtVALUE", value);
		row.put("Source", "GLOTIP");
		for (int i = 0; i + 1 < changes.length; i += 2) {
			row.put(changes[i], changes[i + 1]);
		}
		this.rows.add(row);
		return this;
	}

	/**
	 * Writes the workbook; returns its path. The header is on the row after the preamble.
	 */
	Path writeTo(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("data_glotip_1");
			int next = 0;
			for (List<String> line : this.preamble) {
				write(sheet.createRow(next++), line);
			}
			write(sheet.createRow(next++), HEADER);
			for (Map<String, String> values : this.rows) {
				Row row = sheet.createRow(next++);
				for (int column = 0; column < HEADER.size(); column++) {
					String value = values.get(HEADER.get(column));
					if (value != null) {
						row.createCell(column).setCellValue(value);
					}
				}
			}
			workbook.write(out);
		}
		return file;
	}

	int headerLine() {
		return this.preamble.size() + 1;
	}

	private static void write(Row row, List<String> cells) {
		for (int column = 0; column < cells.size(); column++) {
			row.createCell(column).setCellValue(cells.get(column));
		}
	}

}
