package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reads SDMX-CSV as Eurostat's dissemination API writes it (format=SDMX-CSV, described in
 * Eurostat's API guidelines, https://wikis.ec.europa.eu/x/1_qhAg: a header
 * {@code DATAFLOW,LAST UPDATE,<dimensions>,TIME_PERIOD,OBS_VALUE,OBS_FLAG}, one figure
 * per row). No real download was available here, so the files are built to that layout
 * with the dimensions of two trafficking datasets: crim_thb_vctz (freq, unit, sex, age,
 * c_citizen, geo) and crim_thb_vexp (freq, unit, sex, lg_exp, geo); see Eurostat's
 * metadata of the crim_thb collection,
 * https://ec.europa.eu/eurostat/cache/metadata/en/crim_thb_esms.htm. Their figures are
 * made up.
 */
class EurostatSdmxCsvReaderTests {

	private static final String VCTZ = """
			DATAFLOW,LAST UPDATE,freq,unit,sex,age,c_citizen,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG
			ESTAT:CRIM_THB_VCTZ(1.0),27/03/24 23:00:00,A,NR,F,TOTAL,EU27_2020_FOR,SE,2021,12,p
			ESTAT:CRIM_THB_VCTZ(1.0),27/03/24 23:00:00,A,NR,F,TOTAL,EU27_2020_FOR,SE,2022,,c
			ESTAT:CRIM_THB_VCTZ(1.0),27/03/24 23:00:00,A,NR,M,TOTAL,NEU27_2020_FOR,EL,2022,7,
			ESTAT:CRIM_THB_VCTZ(1.0),27/03/24 23:00:00,A,NR,T,TOTAL,TOTAL,EU27_2020,2022,950,e
			ESTAT:CRIM_THB_VCTZ(1.0),27/03/24 23:00:00,A,NR,T,TOTAL,TOTAL,UK,2019,44,bp
			ESTAT:CRIM_THB_VCTZ(1.0),27/03/24 23:00:00,A,NR,T,TOTAL,TOTAL,FI,2020,,
			""";

	@TempDir
	Path directory;

	private final EurostatSdmxCsvReader reader = new EurostatSdmxCsvReader();

	@Test
	void readsFiguresFlagsAndTheDatasetFromTheDataflow() throws IOException {
		RecordingSink sink = read(VCTZ);

		assertThat(sink.datasets).singleElement().satisfies((dataset) -> {
			assertThat(dataset.code()).isEqualTo("eurostat-crim-thb-vctz");
			assertThat(dataset.releaseLabel()).isEqualTo("2024-03-27");
		});
		assertThat(sink.rows)
			.extracting(
					(row) -> row.line() + " " + row.geo() + " " + row.period() + " " + row.value() + " " + row.flags())
			.containsExactly("2 SE 2021 12 p", "3 SE 2022 null c", "4 GR 2022 7 ", "6 GB 2019 44 bp");
		assertThat(sink.rows.get(0).dimensions()).containsExactly(Map.entry("age", "TOTAL"),
				Map.entry("c_citizen", "EU27_2020_FOR"), Map.entry("freq", "A"), Map.entry("sex", "F"),
				Map.entry("unit", "NR"));
		assertThat(sink.skipped).singleElement().satisfies((skip) -> assertThat(skip.line()).isEqualTo(5));
	}

	@Test
	void readsAnotherDatasetsDimensionsAndTheConfidentialityAttribute() throws IOException {
		RecordingSink sink = read("""
				DATAFLOW,LAST UPDATE,freq,unit,sex,lg_exp,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS
				ESTAT:CRIM_THB_VEXP(1.0),03/04/25 11:00:00,A,NR,F,SEX,LV,2023,31,,F
				ESTAT:CRIM_THB_VEXP(1.0),03/04/25 11:00:00,A,NR,M,SEX,LV,2023,,,C
				""");

		assertThat(sink.rows).hasSize(2);
		assertThat(sink.rows.get(0).dimensions()).containsOnlyKeys("freq", "unit", "sex", "lg_exp")
			.containsEntry("lg_exp", "SEX");
		assertThat(sink.rows.get(1).value()).isNull();
		assertThat(sink.rows.get(1).flags()).isEqualTo("c");
	}

	@Test
	void refusesAValueThatIsNoNumber() {
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> read(VCTZ.replace("FOR,SE,2021,12,p", "FOR,SE,2021,1 2,p")))
			.withMessage("Line 2: column OBS_VALUE: '1 2' is not a number");
	}

	@Test
	void refusesARowWithAFieldMissing() {
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> read(VCTZ.replace("NEU27_2020_FOR,EL,2022,7,", "NEU27_2020_FOR,EL,2022,7")))
			.withMessage("Line 4: expected 11 fields as in the header, found 10");
	}

	@Test
	void refusesAPeriodThatIsNone() {
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> read(VCTZ.replace("UK,2019,44", "UK,19,44")))
			.withMessage("Line 6: column TIME_PERIOD: '19' is not a period");
	}

	@Test
	void refusesASecondDatasetInTheSameFile() {
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> read(VCTZ.replace("ESTAT:CRIM_THB_VCTZ(1.0),27/03/24 23:00:00,A,NR,M",
					"ESTAT:CRIM_THB_VEXP(1.0),27/03/24 23:00:00,A,NR,M")))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(4));
	}

	@Test
	void refusesAHeaderWithoutTheObservationColumns() {
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> read("DATAFLOW,freq,geo,TIME_PERIOD\nESTAT:X(1.0),A,SE,2020\n"))
			.withMessageContaining("Line 1: the header has no column OBS_VALUE");
	}

	@Test
	void recognisesSdmxCsvAndNotOtherCsv() throws IOException {
		assertThat(this.reader.recognises("x.csv", VCTZ.getBytes())).isTrue();
		assertThat(this.reader.recognises("x.csv", "age,geo_area,year,vc_htf_detv\n".getBytes())).isFalse();
	}

	private RecordingSink read(String text) throws IOException {
		Path file = TestFiles.write(this.directory, "data-" + System.nanoTime() + ".csv", text);
		RecordingSink sink = new RecordingSink();
		this.reader.read(file, "data.csv", sink);
		return sink;
	}

}
