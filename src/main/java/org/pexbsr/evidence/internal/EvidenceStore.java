package org.pexbsr.evidence.internal;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes datasets, versions, series and observations. Callers hold the transaction: an
 * import is one.
 */
@Repository
class EvidenceStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	EvidenceStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * The dataset and version a file with this SHA-256 was imported as, if it ever was.
	 */
	Optional<ImportedFile> findImportedFile(String sha256) {
		return this.jdbc.sql("""
				select d.code, v.version_no, v.row_count, v.skipped_count from evidence_dataset_version v
				join evidence_dataset d on d.id = v.dataset_id
				where v.file_sha256 = :hash order by v.id fetch first 1 rows only""")
			.param("hash", sha256)
			.query((rs, row) -> new ImportedFile(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
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
					licence = :licence where id = :id""")
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
				insert into evidence_dataset (code, title, publisher, source_url, licence)
				values (:code, :title, :publisher, :url, :licence)""")
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
				       format, row_count, skipped_count, imported_at, imported_by)
				values (:dataset, :version, :release, :fileName, :hash, :format, 0, 0, :now, :by)""")
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

	void finishVersion(long versionId, int rows, int skipped, @Nullable String skippedNote) {
		this.jdbc.sql("""
				update evidence_dataset_version set row_count = :rows, skipped_count = :skipped, skipped_note = :note
				where id = :id""")
			.param("rows", rows)
			.param("skipped", skipped)
			.param("note", skippedNote)
			.param("id", versionId)
			.update();
	}

	/** Every series the dataset has, by key, so a new version reuses them. */
	Map<String, Long> seriesOf(long datasetId) {
		Map<String, Long> series = new HashMap<>();
		this.jdbc.sql("select series_key, id from evidence_series where dataset_id = :id")
			.param("id", datasetId)
			.query((rs) -> {
				series.put(rs.getString(1), rs.getLong(2));
			});
		return series;
	}

	long createSeries(long datasetId, String key, SortedMap<String, String> dimensions) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into evidence_series (dataset_id, series_key) values (:dataset, :key)")
			.param("dataset", datasetId)
			.param("key", key)
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		List<Object[]> rows = new ArrayList<>();
		dimensions.forEach((dimension, value) -> rows.add(new Object[] { id, dimension, value }));
		this.template.batchUpdate(
				"insert into evidence_series_dimension (series_id, dimension, dimension_value) values (?, ?, ?)", rows);
		return id;
	}

	void insertObservations(long versionId, List<StoredRow> rows) {
		this.template.batchUpdate("""
				insert into evidence_observation (version_id, series_id, geo, period, obs_value, upper_bound, flags,
				       source_line) values (?, ?, ?, ?, ?, ?, ?, ?)""", rows, rows.size(), (statement, row) -> {
			statement.setLong(1, versionId);
			statement.setLong(2, row.seriesId());
			statement.setString(3, row.observation().geo());
			statement.setString(4, row.observation().period());
			statement.setObject(5, row.observation().value(), Types.NUMERIC);
			statement.setObject(6, row.observation().upperBound(), Types.NUMERIC);
			statement.setString(7, row.observation().flags());
			statement.setInt(8, row.observation().line());
		});
	}

	/**
	 * @param dataset the dataset's code
	 * @param version its version number
	 * @param rows observations that version holds
	 * @param skipped rows it skipped
	 */
	record ImportedFile(String dataset, int version, int rows, int skipped) {

	}

	/**
	 * @param name the file's name as uploaded
	 * @param sha256 its SHA-256
	 * @param format the reader that read it
	 * @param importedBy who imported it
	 */
	record FileFacts(String name, String sha256, String format, String importedBy) {

	}

	record NewVersion(long id, int number) {

	}

	record StoredRow(long seriesId, ObservationRow observation) {

	}

}
