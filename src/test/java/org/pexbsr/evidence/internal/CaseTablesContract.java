package org.pexbsr.evidence.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables over case records on any database the platform runs on, from constructed records
 * of a dataset of the test's own: counted right, and disclosure-controlled before they
 * leave. Run on H2 by {@link CaseTablesH2Tests} and on PostgreSQL by
 * {@link CaseTablesPostgresTests}.
 */
abstract class CaseTablesContract {

	static final String DATASET = "test-case-records";

	@Autowired
	CaseTables tables;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@BeforeEach
	void insertConstructedRecords() {
		boolean present = this.jdbc.sql("select count(*) from evidence_dataset where code = ?")
			.param(DATASET)
			.query(Long.class)
			.single() > 0;
		if (present) {
			return;
		}
		long version = version();
		// Sweden 2020 has 3 people: primary suppression alone would let them be worked
		// out.
		Object[][] groups = { { "SE", "2019", 30 }, { "SE", "2020", 3 }, { "SE", "2021", 25 }, { "FI", "2019", 15 },
				{ "FI", "2020", 20 }, { "FI", "2021", 12 }, { "NO", "2019", 14 }, { "NO", "2020", 16 },
				{ "NO", "2021", 40 } };
		List<Object[]> records = new ArrayList<>();
		int line = 1;
		for (Object[] group : groups) {
			for (int i = 0; i < (int) group[2]; i++) {
				line++;
				String gender = (i % 3 == 0) ? "Male" : (i % 7 == 0) ? null : "Female";
				records.add(new Object[] { version, line, group[1], gender, (i % 2 == 0) ? "18--20" : "30--38",
						group[0], i % 4 != 0 });
			}
		}
		for (Object[] record : records) {
			this.jdbc.sql("""
					insert into evidence_case_record (version_id, source_line, registration_year, gender, age_broad,
					country_of_exploitation, sexual_exploitation) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(record)
				.update();
		}
	}

	@Test
	void countsRecordsByCountryAndYearAndHidesTheSmallGroupBeyondRecovery() {
		ProtectedTable table = this.tables.table(DATASET, null, "countryOfExploitation", "year");

		assertThat(table.rows()).containsExactly("FI", "NO", "SE");
		assertThat(table.columns()).containsExactly("2019", "2020", "2021");
		assertThat(table.cells()[2][1]).as("Sweden 2020, 3 people").isNull();
		assertThat(table.total()).isEqualTo(175L);
		assertThat(table.hiddenCount()).isGreaterThanOrEqualTo(4);
		assertThat(TableAttacker.recover(table)).isEmpty();
		for (Long[] row : table.cells()) {
			assertThat(row).allMatch((cell) -> cell == null || cell == 0 || cell >= 11);
		}
	}

	@Test
	void countsMissingValuesAsNotRecorded() {
		ProtectedTable table = this.tables.table(DATASET, null, "gender", "sexualExploitation");

		assertThat(table.rows()).containsExactly("Female", "Male", "Not recorded");
		assertThat(table.columns()).containsExactly("no", "yes");
		assertThat(table.total()).isEqualTo(175L);
		assertThat(TableAttacker.recover(table)).isEmpty();
	}

	@Test
	void servesOnlyDisclosureControlledTablesThroughTheApi() {
		assertThat(this.mvc.get()
			.uri("/api/v1/evidence/case-tables/" + DATASET + "?rows=countryOfExploitation&columns=year")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.rows").asArray().containsExactly("FI", "NO", "SE");
				assertThat(json).extractingPath("$.cells[2][1]").isNull();
				assertThat(json).extractingPath("$.total").isEqualTo(175);
				assertThat(json).extractingPath("$.threshold").isEqualTo(11);
			});
		assertThat(this.mvc.get().uri("/api/v1/evidence/case-tables")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.datasets[*].code")
			.asArray()
			.contains(DATASET);
	}

	@Test
	void namesAFieldThatCaseRecordsDoNotHave() {
		assertThat(this.mvc.get().uri("/api/v1/evidence/case-tables/" + DATASET + "?rows=name&columns=year"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("rows");
	}

	@Test
	void showsTheTableOnThePageWithHiddenCellsMarked() {
		assertThat(this.mvc.get().uri("/evidence/case-records?dataset=" + DATASET)).hasStatusOk()
			.bodyText()
			.contains("Case records by Country of exploitation and Year of registration")
			.contains("class=\"suppressed\"")
			.doesNotContain(">3<");
	}

	private long version() {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into evidence_dataset (code, title, publisher) values (?, 'Constructed case records', 'Test')")
			.param(DATASET)
			.update(keys, "id");
		long dataset = keys.getKeyAs(Long.class);
		GeneratedKeyHolder versionKeys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into evidence_dataset_version (dataset_id, version_no, file_name, file_sha256, format, row_count,
				imported_at, imported_by) values (?, 1, 'constructed.csv', ?, 'test', 175, ?, 'test')""")
			.params(dataset, DATASET, OffsetDateTime.now(ZoneOffset.UTC))
			.update(versionKeys, "id");
		return versionKeys.getKeyAs(Long.class);
	}

}
