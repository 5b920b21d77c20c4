package org.pexbsr.evidence.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.pexbsr.web.InvalidRequestException;
import org.pexbsr.web.ResourceNotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What changed in a dataset between two of its versions: cells added, removed, revised
 * (another figure) and with changed flags only.
 *
 * <p>
 * A cell is one figure of one series, country and period. Some files hold the same cell
 * more than once (the UNODC extract repeats keys with different figures, see
 * {@code datasets/PROVENANCE.md}); such repeats are matched by their order of occurrence
 * in each file: the first occurrence in one version with the first in the other, the
 * second with the second, and an occurrence without a partner counts as added or removed.
 *
 * <p>
 * Case-level datasets are compared as wholes: how many records were added and removed,
 * never which, since records are only ever shown in aggregate.
 */
@Service
class VersionChanges {

	/** At most this many changes are listed; all are counted. */
	static final int LISTED = 1_000;

	private static final int FETCH_SIZE = 5_000;

	private static final List<String> CASE_COLUMNS = List.of("registration_year", "data_source", "gender", "age_broad",
			"majority_status", "citizenship", "country_of_exploitation", "sexual_exploitation", "forced_labour",
			"other_exploitation", "exploitation_types", "sex_exploitation_types", "means_of_control",
			"recruiter_relationship");

	private final DatasetVersions versions;

	private final JdbcTemplate template;

	private final NamedParameterJdbcTemplate named;

	private final TransactionTemplate readOnly;

	VersionChanges(DatasetVersions versions, JdbcTemplate template, NamedParameterJdbcTemplate named,
			PlatformTransactionManager transactions) {
		this.versions = versions;
		this.template = template;
		this.named = named;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Compares two versions of a dataset.
	 * @param kind list only changes of this kind, or {@code null} for every kind
	 * @throws ResourceNotFoundException when the dataset or a version does not exist
	 */
	Comparison compare(String code, int from, int to, @Nullable ChangeKind kind) {
		DatasetVersions.Dataset dataset = this.versions.dataset(code)
			.orElseThrow(() -> new DatasetNotFoundException("No dataset '" + code + "'"));
		if (from == to) {
			throw new InvalidRequestException("to", "Choose two different versions to compare");
		}
		long fromId = versionId(dataset, from);
		long toId = versionId(dataset, to);
		if (dataset.kind() == RecordKind.CASE_RECORDS) {
			return this.readOnly.execute((status) -> compareCases(dataset, from, to, fromId, toId));
		}
		return this.readOnly.execute((status) -> compareCells(dataset, from, to, fromId, toId, kind));
	}

	private long versionId(DatasetVersions.Dataset dataset, int number) {
		return this.versions.versionId(dataset.id(), number)
			.orElseThrow(
					() -> new DatasetNotFoundException("Dataset '" + dataset.code() + "' has no version " + number));
	}

	private Comparison compareCells(DatasetVersions.Dataset dataset, int from, int to, long fromId, long toId,
			@Nullable ChangeKind kind) {
		CellMerge merge = new CellMerge(fromId, kind);
		this.named.getJdbcTemplate().setFetchSize(FETCH_SIZE);
		this.named.query("""
				select series_id, geo, period, version_id, obs_value, upper_bound, flags, source_line
				from evidence_observation where version_id in (:from, :to)
				order by series_id, geo, period, source_line""",
				new MapSqlParameterSource("from", fromId).addValue("to", toId), merge);
		merge.close();
		List<Change> listed = withDimensions(merge.listed);
		return new Comparison(dataset, from, to, merge.counts, listed, merge.listedAll(), 0, 0);
	}

	private Comparison compareCases(DatasetVersions.Dataset dataset, int from, int to, long fromId, long toId) {
		String columns = String.join(", ", CASE_COLUMNS);
		Map<List<Object>, int[]> groups = new HashMap<>();
		this.template.setFetchSize(FETCH_SIZE);
		this.template.query(
				"select " + columns + ", version_id, count(*) from evidence_case_record "
						+ "where version_id in (?, ?) group by " + columns + ", version_id",
				(RowCallbackHandler) (rs) -> {
					List<Object> key = new ArrayList<>(CASE_COLUMNS.size());
					for (int i = 1; i <= CASE_COLUMNS.size(); i++) {
						key.add(rs.getObject(i));
					}
					int side = (rs.getLong(CASE_COLUMNS.size() + 1) == fromId) ? 0 : 1;
					groups.computeIfAbsent(key, (ignored) -> new int[2])[side] += rs.getInt(CASE_COLUMNS.size() + 2);
				}, fromId, toId);
		int added = 0;
		int removed = 0;
		for (int[] counts : groups.values()) {
			added += Math.max(0, counts[1] - counts[0]);
			removed += Math.max(0, counts[0] - counts[1]);
		}
		return new Comparison(dataset, from, to, new EnumMap<>(ChangeKind.class), List.of(), true, added, removed);
	}

	private List<Change> withDimensions(List<Change> changes) {
		List<Long> series = changes.stream().map(Change::seriesId).distinct().toList();
		Map<Long, Map<String, String>> dimensions = new HashMap<>();
		for (int start = 0; start < series.size(); start += 500) {
			List<Long> chunk = series.subList(start, Math.min(start + 500, series.size()));
			this.named.query(
					"select series_id, dimension, dimension_value from evidence_series_dimension "
							+ "where series_id in (:ids)",
					new MapSqlParameterSource("ids", chunk), (RowCallbackHandler) (rs) -> {
						dimensions.computeIfAbsent(rs.getLong(1), (key) -> new TreeMap<>())
							.put(rs.getString(2), rs.getString(3));
					});
		}
		return changes.stream()
			.map((change) -> change.with(dimensions.getOrDefault(change.seriesId(), Map.of())))
			.toList();
	}

	/**
	 * Walks both versions' cells in key order, one key at a time, pairing repeats of a
	 * key by their order in each file. Holds one key's cells at a time, so a large
	 * dataset is compared without loading it.
	 */
	private static final class CellMerge implements RowCallbackHandler {

		private final long fromId;

		private final @Nullable ChangeKind wanted;

		private final Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);

		private final List<Change> listed = new ArrayList<>();

		private final List<Cell> before = new ArrayList<>();

		private final List<Cell> after = new ArrayList<>();

		private long series = -1;

		private String geo = "";

		private String period = "";

		private int total;

		CellMerge(long fromId, @Nullable ChangeKind wanted) {
			this.fromId = fromId;
			this.wanted = wanted;
			for (ChangeKind kind : ChangeKind.values()) {
				this.counts.put(kind, 0);
			}
		}

		@Override
		public void processRow(ResultSet rs) throws SQLException {
			long series = rs.getLong(1);
			String geo = rs.getString(2);
			String period = rs.getString(3);
			if (series != this.series || !geo.equals(this.geo) || !period.equals(this.period)) {
				close();
				this.series = series;
				this.geo = geo;
				this.period = period;
			}
			Cell cell = new Cell(rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7), rs.getInt(8));
			(rs.getLong(4) == this.fromId ? this.before : this.after).add(cell);
		}

		/** Compares the cells of the key read last. */
		void close() {
			int pairs = Math.max(this.before.size(), this.after.size());
			for (int i = 0; i < pairs; i++) {
				Cell old = (i < this.before.size()) ? this.before.get(i) : null;
				Cell now = (i < this.after.size()) ? this.after.get(i) : null;
				ChangeKind kind = ChangeKind.of(old, now);
				if (kind != null) {
					count(kind, new Change(kind, this.series, this.geo, this.period, i + 1, old, now, Map.of()));
				}
			}
			this.before.clear();
			this.after.clear();
		}

		boolean listedAll() {
			int wanted = (this.wanted != null) ? this.counts.get(this.wanted) : this.total;
			return this.listed.size() == wanted;
		}

		private void count(ChangeKind kind, Change change) {
			this.counts.merge(kind, 1, Integer::sum);
			this.total++;
			if ((this.wanted == null || this.wanted == kind) && this.listed.size() < LISTED) {
				this.listed.add(change);
			}
		}

	}

	/** What sort of change a cell underwent. */
	enum ChangeKind {

		/** In the newer version only. */
		ADDED,

		/** In the older version only. */
		REMOVED,

		/**
		 * Another figure, or a figure that became suppressed or missing, or the reverse.
		 */
		REVISED,

		/** The same figure with other flags. */
		FLAGS_CHANGED;

		static @Nullable ChangeKind of(@Nullable Cell before, @Nullable Cell after) {
			if (before == null) {
				return ADDED;
			}
			if (after == null) {
				return REMOVED;
			}
			if (!same(before.value(), after.value()) || !same(before.upperBound(), after.upperBound())) {
				return REVISED;
			}
			return Objects.equals(before.flags(), after.flags()) ? null : FLAGS_CHANGED;
		}

		/**
		 * The name used in addresses and the API: {@code added}, {@code flags-changed}.
		 */
		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

		static ChangeKind ofCode(String code) {
			for (ChangeKind kind : values()) {
				if (kind.code().equals(code)) {
					return kind;
				}
			}
			throw new InvalidRequestException("kind", "kind must be one of added, removed, revised, flags-changed");
		}

		private static boolean same(@Nullable BigDecimal one, @Nullable BigDecimal other) {
			return (one == null) ? other == null : other != null && one.compareTo(other) == 0;
		}

	}

	/**
	 * One cell as one version holds it.
	 *
	 * @param value the figure, or {@code null}
	 * @param upperBound for a suppressed count, the bound it lies below
	 * @param flags flag letters
	 * @param line the line of that version's file
	 */
	record Cell(@Nullable BigDecimal value, @Nullable BigDecimal upperBound, String flags, int line) {

		/** As a person reads it: {@code 171}, {@code <5}, or empty. */
		public String display() {
			if (this.value != null) {
				return Observation.plain(this.value);
			}
			return (this.upperBound != null) ? "<" + Observation.plain(this.upperBound) : "";
		}

	}

	/**
	 * One changed cell.
	 *
	 * @param kind what happened to it
	 * @param seriesId its series
	 * @param geo country
	 * @param period reference period
	 * @param occurrence which occurrence of the key it is, counted from 1; above 1 only
	 * for a key the files repeat
	 * @param before the cell in the older version, if it had it
	 * @param after the cell in the newer version, if it has it
	 * @param dimensions what the cell counts
	 */
	record Change(ChangeKind kind, long seriesId, String geo, String period, int occurrence, @Nullable Cell before,
			@Nullable Cell after, Map<String, String> dimensions) {

		Change with(Map<String, String> dimensions) {
			return new Change(this.kind, this.seriesId, this.geo, this.period, this.occurrence, this.before, this.after,
					dimensions);
		}

	}

	/**
	 * The comparison of two versions.
	 *
	 * @param dataset the dataset
	 * @param from the version compared from
	 * @param to the version compared to
	 * @param counts changed cells of each kind (figures only)
	 * @param changes the changes listed, at most {@link #LISTED}, in key order
	 * @param complete whether every change of the kind asked for is listed
	 * @param recordsAdded case records in {@code to} and not in {@code from}
	 * @param recordsRemoved case records in {@code from} and not in {@code to}
	 */
	record Comparison(DatasetVersions.Dataset dataset, int from, int to, Map<ChangeKind, Integer> counts,
			List<Change> changes, boolean complete, int recordsAdded, int recordsRemoved) {

		public int total() {
			return this.counts.values().stream().mapToInt(Integer::intValue).sum();
		}

		public int count(ChangeKind kind) {
			return this.counts.getOrDefault(kind, 0);
		}

	}

}
