package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reads the CTDC global victim dataset from the excerpt of its 14 April 2020 release,
 * checked field by field against a plain reading of the file.
 */
class CtdcReaderTests {

	static final String EXCERPT = "The_Global_Dataset_14_Apr_2020.HEAD_EXCERPT.csv";

	@TempDir
	Path directory;

	private final CtdcReader reader = new CtdcReader();

	@Test
	void readsEveryRecordAsThePlainFileHasIt() throws IOException {
		List<String> lines = TestFiles.lines(EXCERPT);
		List<String> header = List.of(lines.get(0).split(",", -1));
		RecordingSink sink = read(ShippedFiles.copy(EXCERPT, this.directory), EXCERPT);

		assertThat(sink.cases).hasSize(33);
		assertThat(sink.rows).isEmpty();
		for (CaseRecord record : sink.cases) {
			String[] fields = lines.get(record.line() - 1).split(",", -1);
			assertThat(record.registrationYear()).isEqualTo(plain(fields[header.indexOf("yearOfRegistration")]));
			assertThat(record.gender()).isEqualTo(plain(fields[header.indexOf("gender")]));
			assertThat(record.citizenship()).isEqualTo(plain(fields[header.indexOf("citizenship")]));
			assertThat(record.countryOfExploitation())
				.isEqualTo(plain(fields[header.indexOf("CountryOfExploitation")]));
			assertThat(record.sexualExploitation()).isEqualTo(yesNo(fields[header.indexOf("isSexualExploit")]));
			assertThat(record.forcedLabour()).isEqualTo(yesNo(fields[header.indexOf("isForcedLabour")]));
			assertThat(record.exploitationTypes())
				.isEqualTo(plain(fields[header.indexOf("typeOfExploitConcatenated")]));
			String age = plain(fields[header.indexOf("ageBroad")]);
			assertThat(record.ageBroad()).isEqualTo((age != null) ? age.replace("--", "-") : null);
		}
	}

	@Test
	void keepsUnknownsAsNothingAndWritesAgeBandsWithOneHyphen() throws IOException {
		CaseRecord first = read(ShippedFiles.copy(EXCERPT, this.directory), EXCERPT).cases.get(0);

		assertThat(first.line()).isEqualTo(2);
		assertThat(first.ageBroad()).isEqualTo("18-20");
		assertThat(first.citizenship()).isEqualTo("CO");
		assertThat(first.sexualExploitation()).isTrue();
		assertThat(first.forcedLabour()).isFalse();
		assertThat(first.meansOfControl()).isNull();
	}

	@Test
	void takesTheReleaseDateFromTheFileName() {
		assertThat(CtdcReader.describe("The Global Dataset 14 Apr 2020.csv").releaseLabel()).isEqualTo("2020-04-14");
		assertThat(CtdcReader.describe("ctdc.csv").releaseLabel()).isNull();
		assertThat(CtdcReader.describe("x.csv").kind()).isEqualTo(RecordKind.CASE_RECORDS);
	}

	@Test
	void refusesAYesOrNoThatIsNeither() throws IOException {
		Path file = variant(5, "isSexualExploit", "2");

		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> read(file, EXCERPT))
			.withMessage("Line 5: column isSexualExploit: '2' is neither 1 (yes), 0 (no) nor -99 (unknown)");
	}

	@Test
	void refusesACitizenshipThatIsNoCountryCode() throws IOException {
		Path file = variant(9, "citizenship", "Colombia");

		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> read(file, EXCERPT))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(9))
			.withMessageContaining("column citizenship: 'Colombia'");
	}

	@Test
	void recognisesTheFileByItsTermsNotice() throws IOException {
		assertThat(this.reader.recognises("any.csv", TextFiles.head(ShippedFiles.copy(EXCERPT, this.directory))))
			.isTrue();
	}

	/** The excerpt with one field of one line changed. */
	private Path variant(int line, String column, String value) throws IOException {
		List<String> lines = new ArrayList<>(TestFiles.lines(EXCERPT));
		int index = List.of(lines.get(0).split(",", -1)).indexOf(column);
		String[] fields = lines.get(line - 1).split(",", -1);
		fields[index] = value;
		lines.set(line - 1, String.join(",", fields));
		return TestFiles.write(this.directory, "variant.csv", String.join("\n", lines) + "\n");
	}

	private RecordingSink read(Path file, String name) throws IOException {
		RecordingSink sink = new RecordingSink();
		this.reader.read(file, name, sink);
		return sink;
	}

	private static String plain(String field) {
		return (field.isEmpty() || field.equals("-99")) ? null : field;
	}

	private static Boolean yesNo(String field) {
		return switch (field) {
			case "1" -> true;
			case "0" -> false;
			default -> null;
		};
	}

}
