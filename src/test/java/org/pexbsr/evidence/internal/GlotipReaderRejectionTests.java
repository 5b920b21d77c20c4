package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * GLOTIP layouts the shipped file does not show, and broken rows, on workbooks built from
 * UNODC's layout.
 */
class GlotipReaderRejectionTests {

	@TempDir
	Path directory;

	private final GlotipReader reader = new GlotipReader();

	@Test
	void readsAWorkbookWhoseHeaderIsOnTheFirstRow() throws IOException {
		Path file = GlotipWorkbook.withoutPreamble().row("2021", "134").row("2022", "171").writeTo(xlsx());
		RecordingSink sink = read(file);

		assertThat(sink.datasets).singleElement().satisfies((dataset) -> assertThat(dataset.releaseLabel()).isNull());
		assertThat(sink.rows).extracting(ObservationRow::line).containsExactly(2, 3);
		assertThat(sink.at(3).value()).isEqualByComparingTo("171");
	}

	@Test
	void readsSparseRowsByCellPosition() throws IOException {
		Path file = GlotipWorkbook.withUnodcPreamble()
			.row("2022", "12", "Region", null, "Subregion", null, "Category", null, "Dimension", "by citizenship")
			.writeTo(xlsx());
		ObservationRow row = read(file).at(4);

		assertThat(row.dimensions()).containsEntry("category", GlotipReader.NOT_STATED)
			.containsEntry("dimension", "by citizenship")
			.containsEntry("sex", "Total");
		assertThat(row.value()).isEqualByComparingTo("12");
	}

	@Test
	void refusesAValueThatIsNoNumberWithItsRow() throws IOException {
		Path file = GlotipWorkbook.withUnodcPreamble().row("2021", "134").row("2022", "12x").writeTo(xlsx());

		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> read(file))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(5))
			.withMessage("Line 5: column txtVALUE: '12x' is not a number");
	}

	@Test
	void refusesAYearThatIsNotOne() throws IOException {
		Path file = GlotipWorkbook.withUnodcPreamble().row("20x2", "171").writeTo(xlsx());

		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> read(file))
			.withMessage("Line 4: column Year: '20x2' is not a year");
	}

	@Test
	void refusesARowWithoutAnIndicator() throws IOException {
		Path file = GlotipWorkbook.withUnodcPreamble()
			.row("2022", "171")
			.row("2021", "5", "Indicator", null)
			.writeTo(xlsx());

		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> read(file))
			.withMessage("Line 5: column Indicator is empty");
	}

	@Test
	void refusesACountryCodeThatIsNoCountry() throws IOException {
		Path file = GlotipWorkbook.withUnodcPreamble().row("2022", "171", "Iso3_code", "XYZ").writeTo(xlsx());

		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> read(file))
			.withMessageContaining("Line 4: column Iso3_code: 'XYZ'");
	}

	@Test
	void refusesAFileThatIsNoWorkbook() throws IOException {
		Path file = Files.writeString(xlsx(), "Iso3_code,Country\nSWE,Sweden\n");

		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> read(file))
			.withMessageContaining("not a readable Excel workbook");
	}

	private RecordingSink read(Path file) throws IOException {
		RecordingSink sink = new RecordingSink();
		this.reader.read(file, sink);
		return sink;
	}

	private Path xlsx() {
		return this.directory.resolve("glotip-" + System.nanoTime() + ".xlsx");
	}

}
