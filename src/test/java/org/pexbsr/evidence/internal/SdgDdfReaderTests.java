package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reads the UN SDG trafficking series in DDF CSV: the shipped detected-victims series,
 * checked row by row against a plain reading of the file, and the other two series.
 */
class SdgDdfReaderTests {

	static final String DETECTED = "ddf--datapoints--vc_htf_detv--by--age--geo_area--nature--sex--units--year.csv";

	/**
	 * The M49 numbers of the member countries and Ukraine, as the UN's lookup gives them.
	 */
	private static final Map<String, String> MEMBERS = Map.ofEntries(Map.entry("208", "DK"), Map.entry("233", "EE"),
			Map.entry("246", "FI"), Map.entry("276", "DE"), Map.entry("352", "IS"), Map.entry("428", "LV"),
			Map.entry("440", "LT"), Map.entry("578", "NO"), Map.entry("616", "PL"), Map.entry("752", "SE"),
			Map.entry("804", "UA"));

	@TempDir
	Path directory;

	private final SdgDdfReader reader = new SdgDdfReader();

	@Test
	void matchesAPlainReadingOfEveryRowOfTheMemberCountries() throws IOException {
		List<String> lines = TestFiles.lines(DETECTED);
		RecordingSink sink = read(DETECTED);

		int checked = 0;
		for (int index = 1; index < lines.size(); index++) {
			String[] fields = lines.get(index).split(",");
			String geo = MEMBERS.get(fields[1]);
			if (geo == null) {
				continue;
			}
			ObservationRow row = sink.at(index + 1);
			assertThat(row.geo()).isEqualTo(geo);
			assertThat(row.period()).isEqualTo(fields[5]);
			assertThat(row.value()).isEqualByComparingTo(new BigDecimal(fields[6]));
			assertThat(row.dimensions()).containsEntry("age", fields[0])
				.containsEntry("nature", fields[2])
				.containsEntry("sex", fields[3])
				.containsEntry("units", fields[4])
				.containsEntry("indicator", "VC_HTF_DETV");
			checked++;
		}
		assertThat(checked).isEqualTo(98);
		assertThat(sink.rows).hasSize(998);
	}

	@Test
	void describesTheSeries() throws IOException {
		assertThat(read(DETECTED).datasets).singleElement().satisfies((dataset) -> {
			assertThat(dataset.code()).isEqualTo("un-sdg-vc-htf-detv");
			assertThat(dataset.title()).startsWith("Detected victims of human trafficking");
		});
	}

	@Test
	void readsTheSeriesOfSexualExploitationAndOfForcedLabour() throws IOException {
		RecordingSink sexual = read("ddf--datapoints--vc_htf_detvsx--by--age--geo_area--nature--sex--units--year.csv");
		RecordingSink labour = read("ddf--datapoints--vc_htf_detvfl--by--age--geo_area--nature--sex--units--year.csv");

		assertThat(sexual.rows).hasSize(386).noneMatch((row) -> MEMBERS.containsValue(row.geo()));
		assertThat(labour.rows).hasSize(1_873).filteredOn((row) -> MEMBERS.containsValue(row.geo())).hasSize(248);
		assertThat(labour.datasets.get(0).code()).isEqualTo("un-sdg-vc-htf-detvfl");
	}

	@Test
	void flagsEstimatesAndSkipsRegions() throws IOException {
		RecordingSink sink = readText("""
				age,geo_area,nature,sex,units,year,vc_htf_detv
				allage,752,e,bothsex,number,2018,30
				allage,150,c,bothsex,number,2018,3000
				""");

		assertThat(sink.rows).singleElement().satisfies((row) -> assertThat(row.flags()).isEqualTo("e"));
		assertThat(sink.skipped).singleElement().satisfies((skip) -> assertThat(skip.line()).isEqualTo(3));
	}

	@Test
	void refusesAValueThatIsNoNumber() {
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> readText("age,geo_area,nature,sex,units,year,vc_htf_detv\n"
					+ "allage,752,c,bothsex,number,2018,30\nallage,246,c,bothsex,number,2018,thirty\n"))
			.withMessage("Line 3: column vc_htf_detv: 'thirty' is not a number");
	}

	@Test
	void refusesAGeoAreaThatIsNoNumber() {
		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(
				() -> readText("age,geo_area,nature,sex,units,year,vc_htf_detv\nallage,SWE,c,bothsex,number,2018,30\n"))
			.withMessage("Line 2: column geo_area: 'SWE' is not a UN M49 number");
	}

	private RecordingSink read(String name) throws IOException {
		RecordingSink sink = new RecordingSink();
		this.reader.read(ShippedFiles.copy(name, this.directory), name, sink);
		return sink;
	}

	private RecordingSink readText(String text) throws IOException {
		RecordingSink sink = new RecordingSink();
		this.reader.read(TestFiles.write(this.directory, "series.csv", text), "series.csv", sink);
		return sink;
	}

}
