package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reads Eurostat bulk TSV: the real files in both header styles, checked cell by cell
 * against a plain reading of their lines, and files built to Eurostat's layout for a
 * trafficking dataset (crim_thb_vctz: freq, unit, sex, age, c_citizen, geo; Eurostat's
 * metadata of the crim_thb collection,
 * https://ec.europa.eu/eurostat/cache/metadata/en/crim_thb_esms.htm, describes victims by
 * citizenship, by form of exploitation and by legal status and sex). No real crim_thb
 * download was available; the codes of the built file are the dataset's dimensions, and
 * its figures are made up.
 */
class EurostatTsvReaderTests {

	private static final Pattern PLAIN_CELL = Pattern.compile("([0-9.]+|:)\\s*([a-z]*)");

	private static final Map<String, String> MEMBERS = Map.ofEntries(Map.entry("DK", "DK"), Map.entry("EE", "EE"),
			Map.entry("FI", "FI"), Map.entry("DE", "DE"), Map.entry("IS", "IS"), Map.entry("LV", "LV"),
			Map.entry("LT", "LT"), Map.entry("NO", "NO"), Map.entry("PL", "PL"), Map.entry("SE", "SE"),
			Map.entry("UA", "UA"), Map.entry("EL", "GR"), Map.entry("UK", "GB"));

	@TempDir
	Path directory;

	private final EurostatTsvReader reader = new EurostatTsvReader();

	@ParameterizedTest
	@ValueSource(strings = { "tps00001.tsv", "estat_crim_off_cat.tsv" })
	void matchesAPlainReadingOfEveryCellOfTheMemberCountries(String name) throws IOException {
		List<String> lines = TestFiles.lines(name);
		RecordingSink sink = read(ShippedFiles.copy(name, this.directory), name);
		String[] header = lines.get(0).split("\t");
		String[] keyNames = header[0].split("\\\\")[0].split(",");
		int geoColumn = List.of(keyNames).indexOf("geo");

		int checked = 0;
		for (int index = 1; index < lines.size(); index++) {
			String[] cells = lines.get(index).split("\t");
			String[] key = cells[0].split(",");
			String geo = MEMBERS.get(key[geoColumn]);
			if (geo == null) {
				continue;
			}
			int line = index + 1;
			List<ObservationRow> rows = sink.rows.stream().filter((row) -> row.line() == line).toList();
			for (int column = 1; column < cells.length; column++) {
				String period = header[column].strip();
				Matcher cell = PLAIN_CELL.matcher(cells[column].strip());
				assertThat(cell.matches()).as(cells[column]).isTrue();
				List<ObservationRow> found = rows.stream().filter((row) -> row.period().equals(period)).toList();
				if (cell.group(1).equals(":") && cell.group(2).isEmpty()) {
					assertThat(found).as("%s line %d %s", name, line, period).isEmpty();
					continue;
				}
				assertThat(found).as("%s line %d %s", name, line, period).singleElement().satisfies((row) -> {
					assertThat(row.geo()).isEqualTo(geo);
					assertThat(row.flags()).isEqualTo(cell.group(2));
					if (!cell.group(1).equals(":")) {
						assertThat(row.value()).isEqualByComparingTo(new BigDecimal(cell.group(1)));
					}
				});
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(100);
	}

	@Test
	void keepsTheFlagsOfThePopulationTable() throws IOException {
		RecordingSink sink = read(ShippedFiles.copy("tps00001.tsv", this.directory), "tps00001.tsv");

		assertThat(find(sink, "UA", "2015")).satisfies((row) -> {
			assertThat(row.value()).isEqualByComparingTo("42759661");
			assertThat(row.flags()).isEqualTo("b");
			assertThat(row.dimensions()).containsExactly(Map.entry("indic_de", "JAN"));
		});
		assertThat(find(sink, "GB", "2016").flags()).isEqualTo("e");
		assertThat(find(sink, "GR", "2017").value()).isEqualByComparingTo("10768193");
		assertThat(sink.datasets).singleElement().satisfies((dataset) -> {
			assertThat(dataset.code()).isEqualTo("eurostat-tps00001");
			assertThat(dataset.title()).isEqualTo("Population on 1 January");
		});
		assertThat(sink.skipped).extracting(ImportReport.SkippedRow::reason)
			.anySatisfy((reason) -> assertThat(reason).startsWith("'EU28'"));
	}

	@Test
	void readsTheDimensionsOfATraffickingDatasetFromItsHeader() throws IOException {
		Path file = TestFiles.write(this.directory, "crim_thb_vctz.tsv", """
				freq,unit,sex,age,c_citizen,geo\\TIME_PERIOD\t2021 \t2022 \t2023
				A,NR,F,TOTAL,EU27_2020_FOR,SE\t12 p\t: c\t5 bp
				A,NR,F,TOTAL,NEU27_2020_FOR,EL\t: \t7 \t0
				A,NR,T,TOTAL,TOTAL,EU27_2020\t900 \t950 e\t1000
				""");
		RecordingSink sink = read(file, "crim_thb_vctz.tsv");

		assertThat(sink.datasets.get(0).code()).isEqualTo("eurostat-crim-thb-vctz");
		assertThat(sink.rows)
			.extracting((row) -> row.geo() + " " + row.period() + " "
					+ Observation.plain((row.value() != null) ? row.value() : BigDecimal.ZERO) + " "
					+ (row.value() == null) + " " + row.flags())
			.containsExactly("SE 2021 12 false p", "SE 2022 0 true c", "SE 2023 5 false bp", "GR 2022 7 false ",
					"GR 2023 0 false ");
		assertThat(sink.rows.get(0).dimensions()).containsExactly(Map.entry("age", "TOTAL"),
				Map.entry("c_citizen", "EU27_2020_FOR"), Map.entry("freq", "A"), Map.entry("sex", "F"),
				Map.entry("unit", "NR"));
		assertThat(sink.skipped).singleElement().satisfies((skip) -> assertThat(skip.line()).isEqualTo(4));
	}

	@Test
	void readsACompressedDownloadAndSubAnnualPeriods() throws IOException {
		Path file = TestFiles.gzip(this.directory, "crim_thb_q.tsv.gz", """
				unit,geo\\time\t2022Q1 \t2022Q2
				NR,FI\t3 \t4 p
				""");
		RecordingSink sink = new RecordingSink();

		this.reader.read(file, "crim_thb_q.tsv.gz", sink);

		assertThat(sink.rows).extracting(ObservationRow::period).containsExactly("2022-Q1", "2022-Q2");
		assertThat(sink.datasets.get(0).code()).isEqualTo("eurostat-crim-thb-q");
		assertThat(this.reader.recognises("crim_thb_q.tsv.gz", TextFiles.head(file))).isTrue();
	}

	@Test
	void refusesAFigureThatIsNoneWithItsLineAndPeriod() throws IOException {
		assertRefused("A,NR,SE\t12 \t1x2 ", "Line 3: column 2022: '1x2' is not a figure");
	}

	@Test
	void refusesAFlagEurostatDoesNotUse() throws IOException {
		assertRefused("A,NR,SE\t12 q\t1 ", "Line 3: column 2021: 'q' is not a Eurostat flag");
	}

	@Test
	void refusesALineWithAFieldMissing() throws IOException {
		assertRefused("A,NR,SE\t12 ", "Line 3: expected 3 tab-separated fields as in the header, found 2");
	}

	@Test
	void refusesAKeyWithAPartMissing() throws IOException {
		assertRefused("A,SE\t12 \t13 ", "Line 3: the key 'A,SE' has 2 parts; the header names 3");
	}

	@Test
	void refusesAHeaderWithoutTheTimeSuffix() throws IOException {
		Path file = TestFiles.write(this.directory, "crim_thb_h.tsv", "freq,unit,geo\t2021 \nA,NR,SE\t1 \n");

		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> read(file, "crim_thb_h.tsv"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(1));
	}

	@Test
	void refusesAFileNameThatNamesNoDataset() throws IOException {
		Path file = TestFiles.write(this.directory, "Download (3) - final!.tsv", "unit,geo\\time\t2021 \nNR,SE\t1 \n");

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> read(file, "Download (3) - final!.tsv"))
			.withMessageContaining("names its dataset only in its file name");
	}

	@Test
	void recognisesBothHeaderStylesAndNothingElse() throws IOException {
		assertThat(this.reader.recognises("x.tsv", TextFiles.head(ShippedFiles.copy("tps00001.tsv", this.directory))))
			.isTrue();
		assertThat(this.reader.recognises("x.tsv",
				TextFiles.head(ShippedFiles.copy("estat_crim_off_cat.tsv", this.directory))))
			.isTrue();
		assertThat(this.reader.recognises("x.csv",
				TextFiles.head(ShippedFiles.copy("API_SP.POP.TOTL_DS2_en_csv_v2_282912.csv", this.directory))))
			.isFalse();
	}

	private void assertRefused(String line, String message) throws IOException {
		Path file = TestFiles.write(this.directory, "crim_thb_bad.tsv",
				"freq,unit,geo\\TIME_PERIOD\t2021 \t2022 \nA,NR,FI\t1 \t2 \n" + line + "\n");

		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> read(file, "crim_thb_bad.tsv"))
			.withMessageStartingWith(message);
	}

	private RecordingSink read(Path file, String name) throws IOException {
		RecordingSink sink = new RecordingSink();
		this.reader.read(file, name, sink);
		return sink;
	}

	private static ObservationRow find(RecordingSink sink, String geo, String period) {
		return sink.rows.stream()
			.filter((row) -> row.geo().equals(geo) && row.period().equals(period))
			.findFirst()
			.orElseThrow();
	}

}
