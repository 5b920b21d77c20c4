package org.pexbsr.evidence.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.pexbsr.web.InvalidRequestException;
import org.pexbsr.web.ResourceNotFoundException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads datasets and observations for the pages and the API.
 */
@Repository
class EvidenceQueries {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	EvidenceQueries(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
		this.jdbc = jdbc;
		this.named = named;
	}

	List<DatasetInfo> datasets() {
		return this.jdbc.sql(DATASETS + " order by d.code").query(this::datasetInfo).list();
	}

	Optional<DatasetInfo> dataset(String code) {
		return this.jdbc.sql(DATASETS + " and d.code = :code").param("code", code).query(this::datasetInfo).optional();
	}

	/** One version of a dataset; the newest when {@code version} is {@code null}. */
	Optional<DatasetInfo> dataset(String code, @Nullable Integer version) {
		if (version == null) {
			return dataset(code);
		}
		return this.jdbc.sql(VERSIONS + " where d.code = :code and v.version_no = :version")
			.param("code", code)
			.param("version", version)
			.query(this::datasetInfo)
			.optional();
	}

	/** The version numbers a dataset has, newest first. */
	List<Integer> versions(String code) {
		return this.jdbc.sql("""
				select v.version_no from evidence_dataset_version v join evidence_dataset d on d.id = v.dataset_id
				where d.code = :code order by v.version_no desc""").param("code", code).query(Integer.class).list();
	}

	/** The observations a query asks for, in country, period and source-line order. */
	List<Observation> observations(ObservationQuery query) {
		long versionId = versionId(query.dataset(), query.version());
		checkDimensions(query);

		StringBuilder sql = new StringBuilder("""
				select o.series_id, o.geo, o.period, o.obs_value, o.upper_bound, o.flags, o.source_line
				from evidence_observation o where o.version_id = :version""");
		MapSqlParameterSource params = new MapSqlParameterSource("version", versionId);
		if (!query.geos().isEmpty()) {
			sql.append(" and o.geo in (:geos)");
			params.addValue("geos", query.geos());
		}
		if (!query.periods().isEmpty()) {
			sql.append(" and o.period in (:periods)");
			params.addValue("periods", query.periods());
		}
		int n = 0;
		for (Map.Entry<String, List<String>> filter : query.dimensions().entrySet()) {
			n++;
			sql.append(" and exists (select 1 from evidence_series_dimension d")
				.append(n)
				.append(" where d")
				.append(n)
				.append(".series_id = o.series_id and d")
				.append(n)
				.append(".dimension = :dim")
				.append(n)
				.append(" and d")
				.append(n)
				.append(".dimension_value in (:val")
				.append(n)
				.append("))");
			params.addValue("dim" + n, filter.getKey());
			params.addValue("val" + n, filter.getValue());
		}
		sql.append(" order by o.geo, o.period, o.source_line offset :offset rows fetch next :limit rows only");
		params.addValue("offset", query.offset());
		params.addValue("limit", query.limit());

		List<RawObservation> raw = this.named.query(sql.toString(), params, EvidenceQueries::rawObservation);
		Map<Long, Map<String, String>> dimensions = dimensionsOf(raw.stream().map(RawObservation::seriesId).toList());
		return raw.stream().map((row) -> row.with(dimensions.getOrDefault(row.seriesId(), Map.of()))).toList();
	}

	/** The dimensions a dataset has, each with the values that occur in it. */
	Map<String, Set<String>> dimensions(String dataset) {
		Map<String, Set<String>> dimensions = new TreeMap<>();
		this.jdbc.sql("""
				select distinct sd.dimension, sd.dimension_value from evidence_series_dimension sd
				join evidence_series s on s.id = sd.series_id
				join evidence_dataset d on d.id = s.dataset_id where d.code = :code""")
			.param("code", dataset)
			.query((rs) -> {
				dimensions.computeIfAbsent(rs.getString(1), (key) -> new TreeSet<>()).add(rs.getString(2));
			});
		return dimensions;
	}

	private long versionId(String dataset, Integer version) {
		String sql = """
				select v.id from evidence_dataset_version v join evidence_dataset d on d.id = v.dataset_id
				where d.code = :code and (:version = 0 or v.version_no = :version)
				order by v.version_no desc fetch first 1 rows only""";
		return this.jdbc.sql(sql)
			.param("code", dataset)
			.param("version", (version != null) ? version : 0)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new ResourceNotFoundException((version == null) ? "No dataset '" + dataset + "'"
					: "Dataset '" + dataset + "' has no version " + version));
	}

	private void checkDimensions(ObservationQuery query) {
		if (query.dimensions().isEmpty()) {
			return;
		}
		Set<String> known = dimensions(query.dataset()).keySet();
		for (String name : query.dimensions().keySet()) {
			if (!known.contains(name)) {
				throw new InvalidRequestException(name, "Dataset '" + query.dataset() + "' has no dimension '" + name
						+ "'; its dimensions are " + known);
			}
		}
	}

	private Map<Long, Map<String, String>> dimensionsOf(List<Long> seriesIds) {
		Map<Long, Map<String, String>> dimensions = new HashMap<>();
		List<Long> distinct = seriesIds.stream().distinct().toList();
		for (int from = 0; from < distinct.size(); from += 500) {
			List<Long> chunk = distinct.subList(from, Math.min(from + 500, distinct.size()));
			this.named.query("""
					select series_id, dimension, dimension_value from evidence_series_dimension
					where series_id in (:ids)""", new MapSqlParameterSource("ids", chunk), (rs) -> {
				dimensions.computeIfAbsent(rs.getLong(1), (key) -> new TreeMap<>())
					.put(rs.getString(2), rs.getString(3));
			});
		}
		return dimensions;
	}

	private static final String VERSIONS = """
			select d.code, d.title, d.publisher, d.source_url, d.licence, v.id as version_id, v.version_no,
			       v.release_label, v.file_name, v.imported_at, v.row_count, v.skipped_count, v.skipped_note
			from evidence_dataset d
			join evidence_dataset_version v on v.dataset_id = d.id
			""";

	private static final String DATASETS = VERSIONS + """
			where v.version_no = (select max(x.version_no) from evidence_dataset_version x where x.dataset_id = d.id)
			""";

	private DatasetInfo datasetInfo(ResultSet rs, int row) throws SQLException {
		long versionId = rs.getLong("version_id");
		List<String> geos = this.jdbc
			.sql("select distinct geo from evidence_observation where version_id = :id order by geo")
			.param("id", versionId)
			.query(String.class)
			.list();
		Map<String, Object> range = this.jdbc
			.sql("select min(period) as first_period, max(period) as last_period from evidence_observation "
					+ "where version_id = :id")
			.param("id", versionId)
			.query()
			.singleRow();
		return new DatasetInfo(rs.getString("code"), rs.getString("title"), rs.getString("publisher"),
				rs.getString("source_url"), rs.getString("licence"), rs.getInt("version_no"),
				rs.getString("release_label"), rs.getString("file_name"),
				rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getInt("row_count"),
				rs.getInt("skipped_count"), rs.getString("skipped_note"), geos, (String) range.get("first_period"),
				(String) range.get("last_period"));
	}

	private static RawObservation rawObservation(ResultSet rs, int row) throws SQLException {
		String flags = rs.getString("flags");
		List<String> codes = (flags == null || flags.isEmpty()) ? List.of() : Arrays.stream(flags.split("")).toList();
		return new RawObservation(rs.getLong("series_id"), rs.getString("geo"), rs.getString("period"),
				rs.getBigDecimal("obs_value"), rs.getBigDecimal("upper_bound"), codes, rs.getInt("source_line"));
	}

	private record RawObservation(long seriesId, String geo, String period, BigDecimal value, BigDecimal upperBound,
			List<String> flags, int sourceLine) {

		Observation with(Map<String, String> dimensions) {
			return new Observation(this.geo, this.period, dimensions, this.value, this.upperBound, this.flags,
					this.sourceLine);
		}

	}

}
