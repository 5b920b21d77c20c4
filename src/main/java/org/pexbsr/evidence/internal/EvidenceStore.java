package org.pexbsr.evidence.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes datasets, versions, series and observations. Callers hold the transaction: an
 * import is one.
 */
@Repository
class EvidenceStore {

	/**
	 * Rows per insert statement; 200 rows of 8 values stay far below any driver's limit.
	 */
	static final int ROWS_PER_INSERT = 200;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final NamedParameterJdbcTemplate named;

	EvidenceStore(JdbcClient jdbc, JdbcTemplate template, NamedParameterJdbcTemplate named) {
		this.jdbc = jdbc;
		this.template = template;
		this.named = named;
	}

	/**
	 * The dataset and version a file with this SHA-256 was imported as, if it ever was.
	 */
	Optional<ImportedFile> findImportedFile(String sha256) {
		return this.jdbc.sql("""
				select d.code, v.version_no, v.row_count, v.skipped_count, v.rejected_count, v.format, v.import_mode
				from evidence_dataset_version v join evidence_dataset d on d.id = v.dataset_id
				where v.file_sha256 = :hash order by v.id fetch first 1 rows only""")
			.param("hash", sha256)
			.query((rs, row) -> new ImportedFile(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
					rs.getInt(5), rs.getString(6), ImportMode.named(rs.getString(7))))
			.optional();
	}

	/** Creates the dataset, or brings its description up to date with the newest file. */
	long saveDataset(DatasetDescription dataset) {
		Optional<Long> existing = this.jdbc.sql("select id from evidence_dataset where code = :code")
			.param("code", dataset.code())
			.query(Long.class)
			.optional();
		if (existing.isPresent()) {
			this.jdbc.sql("""
					update evidence_dataset set title = :title, publisher = :publisher, source_url = :url,
					licence = :licence, record_kind = :kind where id = :id""")
				.param("kind", dataset.kind().code())
				.param("title", dataset.title())
				.param("publisher", dataset.publisher())
				.param("url", dataset.sourceUrl())
				.param("licence", dataset.licence())
				.param("id", existing.get())
				.update();
			return existing.get();
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into evidence_dataset (code, title, publisher, source_url, licence, record_kind)
				values (:code, :title, :publisher, :url, :licence, :kind)""")
			.param("kind", dataset.kind().code())
			.param("code", dataset.code())
			.param("title", dataset.title())
			.param("publisher", dataset.publisher())
			.param("url", dataset.sourceUrl())
			.param("licence", dataset.licence())
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	NewVersion createVersion(long datasetId, DatasetDescription dataset, FileFacts file, Instant now) {
		int next = this.jdbc
			.sql("select coalesce(max(version_no), 0) + 1 from evidence_dataset_version where dataset_id = :id")
			.param("id", datasetId)
			.query(Integer.class)
			.single();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into evidence_dataset_version (dataset_id, version_no, release_label, file_name, file_sha256,
				       format, row_count, skipped_count, imported_at, imported_by, import_mode)
				values (:dataset, :version, :release, :fileName, :hash, :format, 0, 0, :now, :by, :mode)""")
			.param("mode", file.mode().code())
			.param("dataset", datasetId)
			.param("version", next)
			.param("release", dataset.releaseLabel())
			.param("fileName", file.name())
			.param("hash", file.sha256())
			.param("format", file.format())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("by", file.importedBy())
			.update(keys, "id");
		return new NewVersion(keys.getKeyAs(Long.class), next);
	}

	void finishVersion(long versionId, Counts counts) {
		this.jdbc.sql("""
				update evidence_dataset_version set row_count = :rows, skipped_count = :skipped, skipped_note = :note,
				       rejected_count = :rejected, rejected_note = :rejectedNote
				where id = :id""")
			.param("rows", counts.taken())
			.param("skipped", counts.skipped())
			.param("note", counts.skippedNote())
			.param("rejected", counts.rejected())
			.param("rejectedNote", counts.rejectedNote())
			.param("id", versionId)
			.update();
	}

	/** Every series the dataset has, by key, so a new version reuses them. */
	Map<String, Series> seriesOf(long datasetId) {
		Map<String, Series> series = new HashMap<>();
		this.jdbc.sql("select series_key, id from evidence_series where dataset_id = :id")
			.param("id", datasetId)
			.query((rs) -> {
				series.put(rs.getString(1), new Series(rs.getString(1), rs.getLong(2)));
			});
		return series;
	}

	/**
	 * Creates the series in three statements however many there are, and tells each its
	 * id.
	 */
	void createSeries(long datasetId, List<Series> series) {
		List<Object[]> keys = series.stream().map((one) -> new Object[] { datasetId, one.key() }).toList();
		this.template.batchUpdate("insert into evidence_series (dataset_id, series_key) values (?, ?)", keys);
		Map<String, Series> byKey = new HashMap<>();
		series.forEach((one) -> byKey.put(one.key(), one));
		List<String> names = List.copyOf(byKey.keySet());
		for (int start = 0; start < names.size(); start += 500) {
			this.named.query(
					"select id, series_key from evidence_series where dataset_id = :dataset and series_key in (:keys)",
					new MapSqlParameterSource("dataset", datasetId).addValue("keys",
							names.subList(start, Math.min(start + 500, names.size()))),
					(RowCallbackHandler) (rs) -> byKey.get(rs.getString(2)).id = rs.getLong(1));
		}
		List<Object[]> dimensions = new ArrayList<>();
		for (Series one : series) {
			one.dimensions().forEach((dimension, value) -> dimensions.add(new Object[] { one.id, dimension, value }));
		}
		this.template.batchUpdate(
				"insert into evidence_series_dimension (series_id, dimension, dimension_value) values (?, ?, ?)",
				dimensions);
	}

	/**
	 * Inserts observations with one statement per {@value #ROWS_PER_INSERT} rows, sent in
	 * JDBC batches: far fewer round trips than a statement per row, on H2 and PostgreSQL
	 * alike.
	 */
	void insertObservations(long versionId, List<StoredRow> rows) {
		int whole = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
		if (whole > 0) {
			List<List<StoredRow>> chunks = new ArrayList<>();
			for (int start = 0; start < whole; start += ROWS_PER_INSERT) {
				chunks.add(rows.subList(start, start + ROWS_PER_INSERT));
			}
			this.template.batchUpdate(observationInsert(ROWS_PER_INSERT), chunks, chunks.size(),
					(statement, chunk) -> bindObservations(statement, versionId, chunk));
		}
		if (whole < rows.size()) {
			List<StoredRow> rest = rows.subList(whole, rows.size());
			this.template.update(observationInsert(rest.size()),
					(PreparedStatementSetter) (statement) -> bindObservations(statement, versionId, rest));
		}
	}

	private static String observationInsert(int rows) {
		StringBuilder sql = new StringBuilder("insert into evidence_observation (version_id, series_id, geo, period, "
				+ "obs_value, upper_bound, flags, source_line) values ");
		for (int i = 0; i < rows; i++) {
			sql.append((i == 0) ? "(?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?)");
		}
		return sql.toString();
	}

	private static void bindObservations(PreparedStatement statement, long versionId, List<StoredRow> rows)
			throws SQLException {
		int column = 0;
		for (StoredRow row : rows) {
			ObservationRow observation = row.observation();
			statement.setLong(++column, versionId);
			statement.setLong(++column, row.series().id());
			statement.setString(++column, observation.geo());
			statement.setString(++column, observation.period());
			statement.setObject(++column, observation.value(), Types.NUMERIC);
			statement.setObject(++column, observation.upperBound(), Types.NUMERIC);
			statement.setString(++column, observation.flags());
			statement.setInt(++column, observation.line());
		}
	}

	void insertCaseRecords(long versionId, List<CaseRecord> records) {
		this.template.batchUpdate("""
				insert into evidence_case_record (version_id, source_line, registration_year, data_source, gender,
				       age_broad, majority_status, citizenship, country_of_exploitation, sexual_exploitation,
				       forced_labour, other_exploitation, exploitation_types, sex_exploitation_types, means_of_control,
				       recruiter_relationship) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", records,
				records.size(), (statement, record) -> {
					statement.setLong(1, versionId);
					statement.setInt(2, record.line());
					statement.setString(3, record.registrationYear());
					statement.setString(4, record.dataSource());
					statement.setString(5, record.gender());
					statement.setString(6, record.ageBroad());
					statement.setString(7, record.majorityStatus());
					statement.setString(8, record.citizenship());
					statement.setString(9, record.countryOfExploitation());
					statement.setObject(10, record.sexualExploitation(), Types.BOOLEAN);
					statement.setObject(11, record.forcedLabour(), Types.BOOLEAN);
					statement.setObject(12, record.otherExploitation(), Types.BOOLEAN);
					statement.setString(13, record.exploitationTypes());
					statement.setString(14, record.sexExploitationTypes());
					statement.setString(15, record.meansOfControl());
					statement.setString(16, record.recruiterRelationship());
				});
	}

	/**
	 * @param dataset the dataset's code
	 * @param version its version number
	 * @param rows observations that version holds
	 * @param skipped rows it skipped
	 * @param rejected invalid rows it left out
	 * @param format the reader that read it
	 * @param mode strict or lenient
	 */
	record ImportedFile(String dataset, int version, int rows, int skipped, int rejected, String format,
			ImportMode mode) {

	}

	/**
	 * @param name the file's name as uploaded
	 * @param sha256 its SHA-256
	 * @param format the reader that read it
	 * @param importedBy who imported it
	 */
	record FileFacts(String name, String sha256, String format, String importedBy, ImportMode mode) {

	}

	/**
	 * What a finished import holds.
	 *
	 * @param taken rows stored
	 * @param skipped rows that name no country
	 * @param skippedNote what those were
	 * @param rejected invalid rows left out by a lenient import
	 * @param rejectedNote what was wrong with them
	 */
	record Counts(int taken, int skipped, @Nullable String skippedNote, int rejected, @Nullable String rejectedNote) {

	}

	record NewVersion(long id, int number) {

	}

	record StoredRow(Series series, ObservationRow observation) {

	}

	/**
	 * A series of a dataset, known by its key; its id is known once it is stored.
	 */
	static final class Series {

		private final String key;

		private final SortedMap<String, String> dimensions;

		private long id;

		/** A series that is stored already. */
		Series(String key, long id) {
			this.key = key;
			this.dimensions = new java.util.TreeMap<>();
			this.id = id;
		}

		/** A new series, stored with the next batch. */
		Series(String key, SortedMap<String, String> dimensions) {
			this.key = key;
			this.dimensions = dimensions;
			this.id = -1;
		}

		String key() {
			return this.key;
		}

		SortedMap<String, String> dimensions() {
			return this.dimensions;
		}

		long id() {
			return this.id;
		}

		boolean isNew() {
			return this.id < 0;
		}

	}

}
