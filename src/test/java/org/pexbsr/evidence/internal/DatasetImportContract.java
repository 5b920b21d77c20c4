package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What an import must do on any database the platform runs on. Run on H2 by
 * {@link DatasetImportH2Tests} and on PostgreSQL by {@link DatasetImportPostgresTests}.
 */
abstract class DatasetImportContract {

	@Autowired
	DatasetImporter importer;

	@Autowired
	EvidenceQueries queries;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path directory;

	@Test
	void importsTheShippedDatasetsAtStart() {
		assertThat(this.queries.dataset("unodc-glotip")).hasValueSatisfying((glotip) -> {
			assertThat(glotip.rowCount()).isEqualTo(58_743);
			assertThat(glotip.skippedCount()).isEqualTo(26);
			assertThat(glotip.releaseLabel()).isEqualTo("2025-04-14");
		});
		assertThat(this.queries.dataset("wb-sp-pop-totl"))
			.hasValueSatisfying((population) -> assertThat(population.rowCount()).isEqualTo(14_010));
	}

	@Test
	void importsNothingAgainFromAFileImportedBefore() throws IOException {
		Map<String, Long> before = tableSizes();

		ImportReport report = this.importer.importFile(ShippedFiles.copy("data_glotip.xlsx", this.directory),
				"data_glotip.xlsx", null, "test");

		assertThat(report.unchanged()).isTrue();
		assertThat(report.version()).isEqualTo(1);
		assertThat(tableSizes()).isEqualTo(before);
	}

	@Test
	void storesSuppressedCountsAsBounds() {
		List<Observation> sweden2013 = this.queries.observations(new ObservationQuery("unodc-glotip", null,
				List.of("SE"), List.of("2013"), EvidenceController.DETECTED_VICTIMS_TOTAL, 10, 0));

		assertThat(sweden2013).singleElement().satisfies((observation) -> {
			assertThat(observation.value()).isNull();
			assertThat(observation.upperBound()).isEqualByComparingTo("5");
			assertThat(observation.flags()).containsExactly("c");
			assertThat(observation.display()).isEqualTo("<5");
			assertThat(observation.sourceLine()).isEqualTo(40_858);
		});
	}

	@Test
	void refusesAFileWithABrokenLineAndChangesNothing() throws IOException {
		Map<String, Long> before = tableSizes();
		Path broken = population("SP.POP.BRKN",
				"\"Sweden\",\"SWE\",\"Population, total\",\"SP.POP.BRKN\",\"12x\",\"2\",",
				"\"Norway\",\"NOR\",\"Population, total\",\"SP.POP.BRKN\",\"1\",\"2\",");

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.importer.importFile(broken, "broken.csv", null, "test"))
			.withMessageStartingWith("Line 6: column 2000: '12x' is not a number");
		assertThat(tableSizes()).isEqualTo(before);
		assertThat(this.queries.dataset("wb-sp-pop-brkn")).isEmpty();
	}

	@Test
	void refusesALaterBrokenLineAfterEarlierRowsWereWritten() throws IOException {
		Map<String, Long> before = tableSizes();
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < 3_000; i++) {
			many.append("\"Sweden\",\"SWE\",\"Population, total\",\"SP.POP.LATE\",\"1\",\"2\",\n");
		}
		Path broken = population("SP.POP.LATE", many.toString().strip(),
				"\"Norway\",\"NOR\",\"Population, total\",\"SP.POP.LATE\",\"1\",",
				"\"Iceland\",\"ISL\",\"Population, total\",\"SP.POP.LATE\",\"1\",\"2\",");

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.importer.importFile(broken, "late.csv", null, "test"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(3_006));
		assertThat(tableSizes()).isEqualTo(before);
	}

	@Test
	void importsAChangedFileAsANewVersionAndKeepsTheOldOne() throws IOException {
		Path first = population("SP.POP.VERS",
				"\"Sweden\",\"SWE\",\"Population, total\",\"SP.POP.VERS\",\"100\",\"200\",");
		Path second = population("SP.POP.VERS",
				"\"Sweden\",\"SWE\",\"Population, total\",\"SP.POP.VERS\",\"100\",\"250\",");

		ImportReport one = this.importer.importFile(first, "first.csv", null, "test");
		ImportReport two = this.importer.importFile(second, "second.csv", WorldBankReader.FORMAT, "test");

		assertThat(one.version()).isEqualTo(1);
		assertThat(two.version()).isEqualTo(2);
		assertThat(valueOf(null)).isEqualTo("250");
		assertThat(valueOf(1)).isEqualTo("200");
		assertThat(valueOf(2)).isEqualTo("250");
	}

	private String valueOf(Integer version) {
		return this.queries
			.observations(
					new ObservationQuery("wb-sp-pop-vers", version, List.of("SE"), List.of("2001"), Map.of(), 10, 0))
			.get(0)
			.display();
	}

	/** A World Bank file with the years 2000 and 2001 holding the given lines. */
	private Path population(String indicator, String... lines) throws IOException {
		String text = "\uFEFF\"Data Source\",\"World Development Indicators\",\n\n"
				+ "\"Last Updated Date\",\"2026-01-01\",\n\n"
				+ "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2000\",\"2001\",\n"
				+ String.join("\n", lines) + "\n";
		Path file = this.directory.resolve(indicator + "-" + System.nanoTime() + ".csv");
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private Map<String, Long> tableSizes() {
		return Map.of("datasets", count("evidence_dataset"), "versions", count("evidence_dataset_version"), "series",
				count("evidence_series"), "dimensions", count("evidence_series_dimension"), "observations",
				count("evidence_observation"));
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
