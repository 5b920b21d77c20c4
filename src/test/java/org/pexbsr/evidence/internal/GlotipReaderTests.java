package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the shipped UNODC GLOTIP extract with the streaming reader and checks it against
 * the same workbook read independently, cell by cell, with POI's in-memory model.
 */
class GlotipReaderTests {

	private static final RecordingSink sink = new RecordingSink();

	private static final List<SheetRow> sheet = new ArrayList<>();

	@BeforeAll
	static void readBothWays(@TempDir Path directory) throws IOException {
		new GlotipReader().read(ShippedFiles.copy("data_glotip.xlsx", directory), sink);
		try (InputStream in = new ClassPathResource("datasets/data_glotip.xlsx").getInputStream();
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet first = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			for (Row row : first) {
				String[] cells = new String[13];
				for (int column = 0; column < 13; column++) {
					Cell cell = row.getCell(column);
					cells[column] = (cell != null) ? formatter.formatCellValue(cell) : "";
				}
				sheet.add(new SheetRow(row.getRowNum() + 1, cells));
			}
		}
	}

	@Test
	void readsTheReleaseDateAboveTheHeader() {
		assertThat(sink.datasets).singleElement().satisfies((dataset) -> {
			assertThat(dataset.code()).isEqualTo("unodc-glotip");
			assertThat(dataset.releaseLabel()).isEqualTo("2025-04-14");
		});
	}

	@Test
	void takesEveryDataRowExceptThoseWithoutACountryCode() {
		long dataRows = sheet.stream().filter((row) -> row.line() > 3).count();
		long withoutCode = sheet.stream().filter((row) -> row.line() > 3 && row.cell(0).isBlank()).count();

		assertThat(dataRows).isEqualTo(58_769);
		assertThat(sink.rows).hasSize((int) (dataRows - withoutCode));
		assertThat(sink.skipped).hasSize((int) withoutCode)
			.allSatisfy((skip) -> assertThat(skip.reason()).contains("Sark"));
	}

	@Test
	void matchesTheWorkbookForEveryRowOfTheMemberCountries() {
		List<String> iso3 = List.of("DNK", "EST", "FIN", "DEU", "ISL", "LVA", "LTU", "NOR", "POL", "SWE", "UKR");
		List<SheetRow> member = sheet.stream().filter((row) -> iso3.contains(row.cell(0))).toList();

		assertThat(member).hasSize(6_166);
		for (SheetRow expected : member) {
			ObservationRow actual = sink.at(expected.line());
			assertThat(actual.period()).isEqualTo(expected.cell(9));
			assertThat(actual.dimensions()).containsEntry("indicator", expected.cell(4))
				.containsEntry("sex", expected.cell(7))
				.containsEntry("age", expected.cell(8));
			assertFigure(actual, expected.cell(11));
		}
	}

	@Test
	void readsKnownCellsOfSweden() {
		ObservationRow total2022 = sink.at(41_111);

		assertThat(total2022.geo()).isEqualTo("SE");
		assertThat(total2022.period()).isEqualTo("2022");
		assertThat(total2022.value()).isEqualByComparingTo("171");
		assertThat(total2022.dimensions()).containsEntry("dimension", "Total").containsEntry("category", "Total");
	}

	@Test
	void keepsSuppressedCountsAsBoundsNeverAsNumbers() {
		ObservationRow suppressed = sink.at(40_858);

		assertThat(suppressed.geo()).isEqualTo("SE");
		assertThat(suppressed.period()).isEqualTo("2013");
		assertThat(suppressed.value()).isNull();
		assertThat(suppressed.upperBound()).isEqualByComparingTo("5");
		assertThat(suppressed.flags()).isEqualTo("c");
	}

	@Test
	void readsThousandsSeparators() {
		SheetRow expected = sheet.get(672);

		assertThat(expected.cell(11)).isEqualTo("6,112,019");
		assertThat(sink.at(673).value()).isEqualByComparingTo("6112019");
	}

	@Test
	void keepsRowsWhoseCategoryUnodcLeftEmpty() {
		ObservationRow albania = sink.at(389);

		assertThat(albania.geo()).isEqualTo("AL");
		assertThat(albania.dimensions()).containsEntry("dimension", "by citizenship")
			.containsEntry("category", GlotipReader.NOT_STATED);
		assertThat(albania.value()).isEqualByComparingTo("60");
	}

	private static void assertFigure(ObservationRow actual, String text) {
		if (text.startsWith("<")) {
			assertThat(actual.value()).as("line %d", actual.line()).isNull();
			assertThat(actual.upperBound()).isEqualByComparingTo(new BigDecimal(text.substring(1)));
			assertThat(actual.flags()).isEqualTo("c");
		}
		else {
			assertThat(actual.value()).as("line %d", actual.line())
				.isEqualByComparingTo(new BigDecimal(text.replace(",", "")));
			assertThat(actual.flags()).isEmpty();
		}
	}

	record SheetRow(int line, String[] cells) {

		String cell(int column) {
			return this.cells[column];
		}

	}

}
