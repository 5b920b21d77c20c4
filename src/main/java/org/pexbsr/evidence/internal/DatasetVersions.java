package org.pexbsr.evidence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the versions a dataset has and which kind of rows it holds.
 */
@Repository
class DatasetVersions {

	private final JdbcClient jdbc;

	DatasetVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The dataset's title and kind, if a dataset has that code. */
	Optional<Dataset> dataset(String code) {
		return this.jdbc
			.sql("select id, code, title, publisher, source_url, record_kind from evidence_dataset where code = :code")
			.param("code", code)
			.query((rs, row) -> new Dataset(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
					rs.getString("publisher"), rs.getString("source_url"),
					RecordKind.ofCode(rs.getString("record_kind"))))
			.optional();
	}

	/** Every version of the dataset, newest first. */
	List<DatasetVersion> versions(long datasetId) {
		return this.jdbc.sql("""
				select version_no, release_label, file_name, format, import_mode, imported_at, imported_by, row_count,
				       skipped_count, rejected_count, rejected_note
				from evidence_dataset_version where dataset_id = :id order by version_no desc""")
			.param("id", datasetId)
			.query(DatasetVersions::version)
			.list();
	}

	/** The database id of one version, if the dataset has it. */
	Optional<Long> versionId(long datasetId, int number) {
		return this.jdbc.sql("select id from evidence_dataset_version where dataset_id = :id and version_no = :number")
			.param("id", datasetId)
			.param("number", number)
			.query(Long.class)
			.optional();
	}

	/** The most recent imports across all datasets, newest first, for the upload page. */
	List<RecentImport> recent(int limit) {
		return this.jdbc.sql("""
				select d.code, d.title, v.version_no, v.file_name, v.imported_at, v.imported_by, v.row_count,
				       v.import_mode, v.rejected_count
				from evidence_dataset_version v join evidence_dataset d on d.id = v.dataset_id
				order by v.imported_at desc, v.id desc fetch first :limit rows only""")
			.param("limit", limit)
			.query((rs, row) -> new RecentImport(rs.getString("code"), rs.getString("title"), rs.getInt("version_no"),
					rs.getString("file_name"), rs.getObject("imported_at", OffsetDateTime.class).toInstant(),
					rs.getString("imported_by"), rs.getInt("row_count"), ImportMode.named(rs.getString("import_mode")),
					rs.getInt("rejected_count")))
			.list();
	}

	private static DatasetVersion version(ResultSet rs, int row) throws SQLException {
		return new DatasetVersion(rs.getInt("version_no"), rs.getString("release_label"), rs.getString("file_name"),
				rs.getString("format"), ImportMode.named(rs.getString("import_mode")),
				rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getString("imported_by"),
				rs.getInt("row_count"), rs.getInt("skipped_count"), rs.getInt("rejected_count"),
				rs.getString("rejected_note"));
	}

	/**
	 * @param id database id
	 * @param code the platform's code
	 * @param title its title
	 * @param publisher who publishes it
	 * @param sourceUrl where the publisher offers it
	 * @param kind figures or case records
	 */
	record Dataset(long id, String code, String title, String publisher, @Nullable String sourceUrl, RecordKind kind) {

	}

	/**
	 * One import, for the list of recent imports.
	 *
	 * @param dataset the dataset's code
	 * @param title its title
	 * @param version the version it created
	 * @param fileName the file
	 * @param importedAt when
	 * @param importedBy who
	 * @param rowCount rows taken
	 * @param mode strict or lenient
	 * @param rejectedCount rows left out as invalid
	 */
	record RecentImport(String dataset, String title, int version, String fileName, java.time.Instant importedAt,
			String importedBy, int rowCount, ImportMode mode, int rejectedCount) {

		/** When it was imported, in UTC to the minute, as the pages show it. */
		public String importedOn() {
			return ImportTimes.show(this.importedAt);
		}

	}

}
