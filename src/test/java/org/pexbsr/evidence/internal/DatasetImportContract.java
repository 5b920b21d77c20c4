package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

	@Autowired
	VersionChanges versionChanges;

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
		assertThat(this.queries.dataset("un-sdg-vc-htf-detv")).hasValueSatisfying((victims) -> {
			assertThat(victims.rowCount()).isEqualTo(998);
			assertThat(victims.geos()).contains("SE", "UA", "DE");
		});
		assertThat(this.queries.dataset("eurostat-tps00001")).hasValueSatisfying((population) -> {
			assertThat(population.rowCount()).isEqualTo(570);
			assertThat(population.skippedCount()).isEqualTo(5);
		});
	}

	@Test
	void keepsTheEurostatFlagsOfTheShippedPopulation() {
		List<Observation> ukraine = this.queries.observations(
				new ObservationQuery("eurostat-tps00001", null, List.of("UA"), List.of("2015"), Map.of(), 10, 0));

		assertThat(ukraine).singleElement().satisfies((observation) -> {
			assertThat(observation.value()).isEqualByComparingTo("42759661");
			assertThat(observation.flags()).containsExactly("b");
		});
	}

	@Test
	void refusesABrokenEurostatTsvLineAndChangesNothing() throws IOException {
		Path file = TestFiles.write(this.directory, "crim_thb_broken.tsv",
				"freq,unit,sex,geo\\TIME_PERIOD\t2021 \t2022 \nA,NR,F,SE\t1 \t2 \nA,NR,F,FI\t3 \t4x \n");

		assertRefusedAndNothingChanged(file, "crim_thb_broken.tsv", 3);
	}

	@Test
	void refusesABrokenSdmxCsvRowAndChangesNothing() throws IOException {
		Path file = TestFiles.write(this.directory, "vctz.csv", """
				DATAFLOW,LAST UPDATE,freq,unit,sex,age,c_citizen,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG
				ESTAT:CRIM_THB_VCTZ(1.0),27/03/24 23:00:00,A,NR,F,TOTAL,TOTAL,SE,2021,12,p
				ESTAT:CRIM_THB_VCTZ(1.0),27/03/24 23:00:00,A,NR,F,TOTAL,TOTAL,FI,2021,12,w
				""");

		assertRefusedAndNothingChanged(file, "vctz.csv", 3);
	}

	@Test
	void refusesABrokenSdgRowAndChangesNothing() throws IOException {
		Path file = TestFiles.write(this.directory, "ddf--datapoints--vc_htf_detvop.csv",
				"age,geo_area,nature,sex,units,year,vc_htf_detvop\nallage,752,c,bothsex,number,2018,3\n"
						+ "allage,246,c,bothsex,number,20x8,4\n");

		assertRefusedAndNothingChanged(file, "ddf--datapoints--vc_htf_detvop.csv", 3);
	}

	@Test
	void refusesABrokenCtdcRecordAndChangesNothing() throws IOException {
		List<String> lines = new ArrayList<>(TestFiles.lines(CtdcReaderTests.EXCERPT));
		lines.set(20, lines.get(20).replaceFirst(",2002,", ",20O2,"));
		Path file = TestFiles.write(this.directory, "ctdc-broken.csv", String.join("\n", lines) + "\n");

		assertRefusedAndNothingChanged(file, "ctdc-broken.csv", 21);
	}

	@Test
	void refusesABrokenGlotipRowAndChangesNothing() throws IOException {
		Path file = GlotipWorkbook.withUnodcPreamble()
			.row("2021", "134")
			.row("2022", "1,7,1")
			.writeTo(this.directory.resolve("glotip-broken.xlsx"));

		assertRefusedAndNothingChanged(file, "glotip-broken.xlsx", 5);
	}

	@Test
	void leavesBadRowsOutOfALenientImportAndListsThem() throws IOException {
		Path file = TestFiles.write(this.directory, "crim_thb_lenient.tsv",
				"freq,unit,geo\\TIME_PERIOD\t2021 \t2022 \nA,NR,SE\t1 \t2 \nA,NR,FI\t3 \t4x \n"
						+ "A,NR,NO\t5 \t6 \nA,NR\t7 \t8 \n");

		ImportReport report = this.importer.importFile(file, "crim_thb_lenient.tsv", null, ImportMode.LENIENT, "test");

		assertThat(report.rowsTaken()).isEqualTo(4);
		assertThat(report.rowsRejected()).isEqualTo(2);
		assertThat(report.rejected()).extracting(ImportReport.SkippedRow::line).containsExactly(3, 5);
		assertThat(report.rejected().get(0).reason())
			.isEqualTo("column 2022: 'x' is not a Eurostat flag (known: b c d e f i n p r s u z)");
		assertThat(this.queries
			.observations(new ObservationQuery(report.dataset(), null, List.of(), List.of(), Map.of(), 10, 0)))
			.extracting(Observation::geo)
			.containsExactly("NO", "NO", "SE", "SE");
		assertThat(this.jdbc
			.sql("select rejected_count from evidence_dataset_version v join evidence_dataset d "
					+ "on d.id = v.dataset_id where d.code = :code")
			.param("code", report.dataset())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void storesCaseRecordsOnePerPersonWithUnknownsAsNothing() throws IOException {
		List<String> lines = new ArrayList<>(TestFiles.lines(CtdcReaderTests.EXCERPT));
		Path file = TestFiles.write(this.directory, "The Global Dataset 14 Apr 2020.csv",
				String.join("\n", lines.subList(0, 11)) + "\n");

		ImportReport report = this.importer.importFile(file, "The Global Dataset 14 Apr 2020.csv", null, "test");

		assertThat(report.rowsTaken()).isEqualTo(10);
		Map<String, Object> first = this.jdbc.sql("""
				select r.source_line, r.registration_year, r.age_broad, r.citizenship, r.sexual_exploitation,
				       r.forced_labour, r.means_of_control, d.record_kind
				from evidence_case_record r join evidence_dataset_version v on v.id = r.version_id
				join evidence_dataset d on d.id = v.dataset_id
				where d.code = 'ctdc-global-victims' and v.version_no = :version order by r.source_line
				fetch first 1 rows only""").param("version", report.version()).query().singleRow();
		assertThat(first).containsEntry("source_line", 2)
			.containsEntry("registration_year", "2002")
			.containsEntry("age_broad", "18-20")
			.containsEntry("citizenship", "CO")
			.containsEntry("sexual_exploitation", true)
			.containsEntry("forced_labour", false)
			.containsEntry("record_kind", "case-records");
		assertThat(first.get("means_of_control")).isNull();
	}

	@Test
	void reportsWhatChangedBetweenTwoVersionsMatchingRepeatedKeysInOrder() throws IOException {
		String header = "freq,unit,geo\\TIME_PERIOD\t2021 \t2022 \n";
		Path first = TestFiles.write(this.directory, "crim_thb_changes.tsv", header + """
				A,NR,SE\t10 \t20 p
				A,NR,FI\t5 \t6
				A,NR,NO\t1 \t2
				A,NR,NO\t3 \t4
				A,NR,DK\t7 \t:
				""");
		ImportReport one = this.importer.importFile(first, "crim_thb_changes.tsv", null, "test");
		Path second = TestFiles.write(this.directory, "crim_thb_changes.tsv", header + """
				A,NR,SE\t10 \t20
				A,NR,FI\t5 \t8
				A,NR,NO\t1 \t2
				A,NR,NO\t3 \t5
				A,NR,NO\t9 \t9
				A,NR,DK\t: \t1
				A,NR,IS\t4 \t4 b
				""");
		ImportReport two = this.importer.importFile(second, "crim_thb_changes.tsv", null, "test");

		VersionChanges.Comparison changes = this.versionChanges.compare(two.dataset(), one.version(), two.version(),
				null);

		assertThat(changes.counts()).containsEntry(VersionChanges.ChangeKind.ADDED, 5)
			.containsEntry(VersionChanges.ChangeKind.REMOVED, 1)
			.containsEntry(VersionChanges.ChangeKind.REVISED, 2)
			.containsEntry(VersionChanges.ChangeKind.FLAGS_CHANGED, 1);
		assertThat(changes.complete()).isTrue();
		assertThat(changes.changes()).filteredOn((change) -> change.kind() == VersionChanges.ChangeKind.REVISED)
			.extracting((change) -> change.geo() + " " + change.period() + " #" + change.occurrence() + " "
					+ change.before().display() + "->" + change.after().display())
			.containsExactlyInAnyOrder("FI 2022 #1 6->8", "NO 2022 #2 4->5");
		assertThat(changes.changes()).filteredOn((change) -> change.kind() == VersionChanges.ChangeKind.FLAGS_CHANGED)
			.singleElement()
			.satisfies((change) -> {
				assertThat(change.geo()).isEqualTo("SE");
				assertThat(change.before().flags()).isEqualTo("p");
				assertThat(change.after().flags()).isEmpty();
				assertThat(change.dimensions()).containsEntry("unit", "NR").containsEntry("freq", "A");
			});
		assertThat(this.versionChanges.compare(two.dataset(), 1, 2, VersionChanges.ChangeKind.REMOVED).changes())
			.singleElement()
			.satisfies((change) -> assertThat(change.geo() + " " + change.period()).isEqualTo("DK 2021"));
		assertThat(this.versionChanges.compare(two.dataset(), 2, 1, null).counts())
			.containsEntry(VersionChanges.ChangeKind.ADDED, 1)
			.containsEntry(VersionChanges.ChangeKind.REMOVED, 5);
	}

	@Test
	void countsCaseRecordsAddedAndRemovedBetweenVersions() throws IOException {
		List<String> lines = new ArrayList<>(TestFiles.lines(CtdcReaderTests.EXCERPT));
		String firstText = String.join("\n", lines.subList(0, 6)) + "\n";
		List<String> changed = new ArrayList<>(lines.subList(0, 4));
		changed.add(lines.get(4).replace(",Female,", ",Male,"));
		changed.add(lines.get(5).replace(",Female,", ",Male,"));
		changed.add(lines.get(5).replace(",Female,", ",Male,"));
		ImportReport one = this.importer.importFile(
				TestFiles.write(this.directory, "ctdc-one.csv", firstText.replace(",2002,", ",2003,")), "ctdc-one.csv",
				null, "test");
		ImportReport two = this.importer.importFile(TestFiles.write(this.directory, "ctdc-two.csv",
				(String.join("\n", changed) + "\n").replace(",2002,", ",2003,")), "ctdc-two.csv", null, "test");

		VersionChanges.Comparison changes = this.versionChanges.compare("ctdc-global-victims", one.version(),
				two.version(), null);

		assertThat(changes.recordsAdded()).isEqualTo(3);
		assertThat(changes.recordsRemoved()).isEqualTo(2);
		assertThat(changes.changes()).isEmpty();
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

	private void assertRefusedAndNothingChanged(Path file, String name, int line) {
		Map<String, Long> before = tableSizes();

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.importer.importFile(file, name, null, "test"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(line))
			.withMessageStartingWith("Line " + line + ": ");
		assertThat(tableSizes()).isEqualTo(before);
	}

	private Map<String, Long> tableSizes() {
		return Map.of("datasets", count("evidence_dataset"), "versions", count("evidence_dataset_version"), "series",
				count("evidence_series"), "dimensions", count("evidence_series_dimension"), "observations",
				count("evidence_observation"), "cases", count("evidence_case_record"));
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
