package org.pexbsr.evidence.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.pexbsr.web.InvalidRequestException;
import org.pexbsr.web.ResourceNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts case-level records (such as CTDC's) by two of their fields, and hands out only
 * what {@link DisclosureControl} lets through: no query here returns a record, and no
 * table leaves without its small groups hidden.
 */
@Service
class CaseTables {

	static final String NOT_RECORDED = "Not recorded";

	/** The fields a table may be counted by, each with the SQL that gives its value. */
	static final Map<String, String> DIMENSIONS = dimensions();

	private final JdbcClient jdbc;

	private final DisclosureControl control;

	CaseTables(JdbcClient jdbc, DisclosureControl control) {
		this.jdbc = jdbc;
		this.control = control;
	}

	private static Map<String, String> dimensions() {
		Map<String, String> dimensions = new LinkedHashMap<>();
		dimensions.put("year", "registration_year");
		dimensions.put("countryOfExploitation", "country_of_exploitation");
		dimensions.put("citizenship", "citizenship");
		dimensions.put("gender", "gender");
		dimensions.put("ageBroad", "age_broad");
		dimensions.put("majorityStatus", "majority_status");
		dimensions.put("dataSource", "data_source");
		dimensions.put("sexualExploitation",
				"case when sexual_exploitation then 'yes' when not sexual_exploitation then 'no' end");
		return Map.copyOf(dimensions);
	}

	/** The dataset versions that hold case records, newest version of each first. */
	List<CaseDataset> datasets() {
		return this.jdbc.sql("""
				select d.code, d.title, d.publisher, d.source_url, d.licence, v.version_no, v.release_label, v.file_name
				from evidence_dataset d join evidence_dataset_version v on v.dataset_id = d.id
				where exists (select 1 from evidence_case_record r where r.version_id = v.id)
				order by d.code, v.version_no desc""")
			.query((rs, row) -> new CaseDataset(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8)))
			.list();
	}

	/** One version's records counted by two fields, disclosure-controlled. */
	ProtectedTable table(String dataset, @Nullable Integer version, String rows, String columns) {
		String rowSql = field("rows", rows);
		String columnSql = field("columns", columns);
		if (rows.equals(columns)) {
			throw new InvalidRequestException("columns", "rows and columns must be two different fields");
		}
		long versionId = versionId(dataset, version);

		Map<String, Map<String, Long>> counts = new HashMap<>();
		TreeSet<String> rowLabels = new TreeSet<>(LABEL_ORDER);
		TreeSet<String> columnLabels = new TreeSet<>(LABEL_ORDER);
		this.jdbc
			.sql("select " + rowSql + " as r, " + columnSql + " as c, count(*) as n from evidence_case_record "
					+ "where version_id = :version group by " + rowSql + ", " + columnSql)
			.param("version", versionId)
			.query((rs) -> {
				String row = label(rs.getString("r"));
				String column = label(rs.getString("c"));
				rowLabels.add(row);
				columnLabels.add(column);
				counts.computeIfAbsent(row, (key) -> new HashMap<>()).merge(column, rs.getLong("n"), Long::sum);
			});
		return this.control.protect(countTable(rows, columns, counts, rowLabels, columnLabels));
	}

	int threshold() {
		return this.control.threshold();
	}

	private static CountTable countTable(String rows, String columns, Map<String, Map<String, Long>> counts,
			TreeSet<String> rowLabels, TreeSet<String> columnLabels) {
		List<String> rowList = new ArrayList<>(rowLabels);
		List<String> columnList = new ArrayList<>(columnLabels);
		long[][] cells = new long[rowList.size()][columnList.size()];
		for (int r = 0; r < rowList.size(); r++) {
			Map<String, Long> row = counts.getOrDefault(rowList.get(r), Map.of());
			for (int c = 0; c < columnList.size(); c++) {
				cells[r][c] = row.getOrDefault(columnList.get(c), 0L);
			}
		}
		return new CountTable(rows, columns, rowList, columnList, cells);
	}

	/** Labels in their natural order, with "Not recorded" last. */
	private static final Comparator<String> LABEL_ORDER = Comparator
		.comparing((String label) -> NOT_RECORDED.equals(label))
		.thenComparing(Comparator.naturalOrder());

	private static String label(@Nullable String value) {
		return (value == null || value.isBlank()) ? NOT_RECORDED : value.strip();
	}

	private static String field(String parameter, String name) {
		String sql = DIMENSIONS.get(name);
		if (sql == null) {
			throw new InvalidRequestException(parameter,
					"'" + name + "' is not a field of case records; choose one of " + DIMENSIONS.keySet());
		}
		return sql;
	}

	private long versionId(String dataset, @Nullable Integer version) {
		return this.jdbc.sql("""
				select v.id from evidence_dataset_version v join evidence_dataset d on d.id = v.dataset_id
				where d.code = :code and (:version = 0 or v.version_no = :version)
				and exists (select 1 from evidence_case_record r where r.version_id = v.id)
				order by v.version_no desc fetch first 1 rows only""")
			.param("code", dataset)
			.param("version", (version != null) ? version : 0)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new ResourceNotFoundException(
					"No case records in dataset '" + dataset + "'" + ((version != null) ? " version " + version : "")));
	}

	/**
	 * A dataset version that holds case records.
	 *
	 * @param code the dataset's code
	 * @param title its title
	 * @param publisher who publishes it
	 * @param sourceUrl where
	 * @param licence terms of use
	 * @param version the version's number
	 * @param release the publisher's release date
	 * @param fileName the file it was read from
	 */
	record CaseDataset(String code, String title, String publisher, @Nullable String sourceUrl,
			@Nullable String licence, int version, @Nullable String release, String fileName) {

	}

}
