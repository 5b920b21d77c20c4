package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reads World Bank population tables: the shipped 2026 release (LF) and the 2018 release
 * (CRLF), both with a byte-order mark, a preamble and quoted fields, and checks them
 * against a plain line-by-line reading.
 */
class WorldBankReaderTests {

	@TempDir
	Path directory;

	private final WorldBankReader reader = new WorldBankReader();

	@ParameterizedTest
	@ValueSource(strings = { "API_SP.POP.TOTL_DS2_en_csv_v2_282912.csv", "API_SP.POP.TOTL_DS2_en_csv_v2_2018.csv" })
	void matchesAPlainReadingOfTheFileForTheMemberCountries(String name) throws IOException {
		List<String> lines = plainLines(name);
		RecordingSink sink = read(copy(name));
		List<String> header = fields(lines.get(4));

		int checked = 0;
		for (int index = 5; index < lines.size() && !lines.get(index).isEmpty(); index++) {
			List<String> fields = fields(lines.get(index));
			String geo = switch (fields.get(1)) {
				case "SWE" -> "SE";
				case "UKR" -> "UA";
				case "ISL" -> "IS";
				default -> null;
			};
			if (geo == null) {
				continue;
			}
			for (int column = 4; column < header.size() - 1; column++) {
				String year = header.get(column);
				String text = fields.get(column);
				List<ObservationRow> found = findAll(sink, geo, year);
				if (text.isEmpty()) {
					assertThat(found).as("%s %s", geo, year).isEmpty();
				}
				else {
					assertThat(found).as("%s %s", geo, year).singleElement().satisfies((row) -> {
						assertThat(row.value()).isEqualByComparingTo(new BigDecimal(text));
					});
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(150);
	}

	@Test
	void readsTheUpdateDateAndTheIndicator() throws IOException {
		RecordingSink sink = read(copy("API_SP.POP.TOTL_DS2_en_csv_v2_282912.csv"));

		assertThat(sink.datasets).singleElement().satisfies((dataset) -> {
			assertThat(dataset.code()).isEqualTo("wb-sp-pop-totl");
			assertThat(dataset.title()).isEqualTo("Population, total");
			assertThat(dataset.releaseLabel()).isEqualTo("2026-04-08");
		});
		assertThat(findAll(sink, "UA", "2023")).singleElement()
			.satisfies((row) -> assertThat(row.value()).isEqualByComparingTo("37732836"));
	}

	@Test
	void countsLineNumbersAsAnEditorDoes() throws IOException {
		RecordingSink sink = read(copy("API_SP.POP.TOTL_DS2_en_csv_v2_2018.csv"));
		List<String> lines = plainLines("API_SP.POP.TOTL_DS2_en_csv_v2_2018.csv");
		ObservationRow sweden = findAll(sink, "SE", "2016").get(0);

		assertThat(lines.get(sweden.line() - 1)).startsWith("\"Sweden\",\"SWE\"");
	}

	@Test
	void skipsRegionsAndGroupsAndSaysWhy() throws IOException {
		RecordingSink sink = read(copy("API_SP.POP.TOTL_DS2_en_csv_v2_282912.csv"));

		assertThat(sink.skipped).isNotEmpty().anySatisfy((skip) -> assertThat(skip.reason()).contains("'WLD' (World)"));
		assertThat(sink.rows).noneMatch((row) -> row.geo().length() != 2);
	}

	@Test
	void refusesALineWithAMissingColumn() throws IOException {
		Path file = writeVariant((lines) -> lines.set(7, lines.get(7).replaceFirst("\"[^\"]*\",$", "")));

		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> read(file))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(8))
			.withMessageContaining("Line 8: expected");
	}

	@Test
	void refusesAValueThatIsNoNumber() throws IOException {
		Path file = writeVariant((lines) -> lines.set(9, lines.get(9).replaceFirst(",\"[0-9]+\",", ",\"12x\",")));

		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> read(file))
			.withMessageStartingWith("Line 10: column 1960: '12x' is not a number");
	}

	@Test
	void refusesAHeaderYearThatIsNotOne() throws IOException {
		Path file = writeVariant((lines) -> lines.set(4, lines.get(4).replace("\"1961\"", "\"19x1\"")));

		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> read(file))
			.withMessage("Line 5: column header field 6: '19x1' is not a year");
	}

	private Path writeVariant(java.util.function.Consumer<List<String>> change) throws IOException {
		List<String> lines = new java.util.ArrayList<>(plainLines("API_SP.POP.TOTL_DS2_en_csv_v2_282912.csv"));
		change.accept(lines);
		Path file = this.directory.resolve("variant-" + System.nanoTime() + ".csv");
		Files.writeString(file, "\uFEFF" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		return file;
	}

	private static List<ObservationRow> findAll(RecordingSink sink, String geo, String year) {
		return sink.rows.stream().filter((row) -> row.geo().equals(geo) && row.period().equals(year)).toList();
	}

	private RecordingSink read(Path file) throws IOException {
		RecordingSink sink = new RecordingSink();
		this.reader.read(file, sink);
		return sink;
	}

	private Path copy(String name) throws IOException {
		return ShippedFiles.copy(name, this.directory);
	}

	/** The file's lines without the byte-order mark, split on LF with any CR removed. */
	private static List<String> plainLines(String name) throws IOException {
		try (InputStream in = new ClassPathResource("datasets/" + name).getInputStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
			return Arrays.asList(text.replace("\r", "").split("\n", -1));
		}
	}

	/**
	 * Fields of a line where every field is quoted and none holds a quote: the World
	 * Bank's own layout.
	 */
	private static List<String> fields(String line) {
		boolean trailingComma = line.endsWith(",");
		String body = trailingComma ? line.substring(0, line.length() - 1) : line;
		List<String> fields = new java.util.ArrayList<>(
				Arrays.asList(body.substring(1, body.length() - 1).split("\",\"", -1)));
		if (trailingComma) {
			fields.add("");
		}
		return fields;
	}

}
