package org.pexbsr.evidence.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.pexbsr.web.InvalidRequestException;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evidence API: datasets and their observations as JSON, with values as numbers and
 * flags as codes.
 */
@RestController
@RequestMapping("/api/v1/evidence")
@Tag(name = "Evidence", description = "Official statistics with their sources and flags")
class EvidenceApiController {

	static final int DEFAULT_LIMIT = 10_000;

	static final int MAX_LIMIT = 100_000;

	private static final Set<String> RESERVED = Set.of("dataset", "version", "geo", "time", "limit", "offset");

	private final EvidenceQueries queries;

	EvidenceApiController(EvidenceQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/datasets")
	@Operation(summary = "Datasets with their source, coverage, row count and when they were imported")
	List<DatasetResponse> datasets() {
		return this.queries.datasets().stream().map(DatasetResponse::of).toList();
	}

	@GetMapping("/observations")
	@Operation(summary = "Observations of one dataset, filtered by country, period and any of its dimensions",
			description = "Any other query parameter names a dimension of the dataset, such as indicator or sex; "
					+ "repeat it to keep several values. A suppressed small count has no value, an upperBound and "
					+ "the flag c.")
	ObservationsResponse observations(@RequestParam String dataset,
			@Parameter(description = "A version number; the newest when left out") @RequestParam(
					required = false) @Nullable Integer version,
			@Parameter(description = "ISO 3166-1 alpha-2 codes, comma-separated or repeated") @RequestParam(
					required = false) @Nullable List<String> geo,
			@Parameter(description = "Reference periods, comma-separated or repeated") @RequestParam(
					required = false) @Nullable List<String> time,
			@RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit, @RequestParam(defaultValue = "0") int offset,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidRequestException("limit", "limit must be between 1 and " + MAX_LIMIT);
		}
		if (offset < 0) {
			throw new InvalidRequestException("offset", "offset must not be negative");
		}
		ObservationQuery query = new ObservationQuery(dataset, version, split(geo), split(time),
				dimensionFilters(parameters), limit, offset);
		List<Observation> found = this.queries.observations(query);
		return new ObservationsResponse(dataset, found.stream().map(ObservationResponse::of).toList(),
				found.size() == limit);
	}

	private static List<String> split(@Nullable List<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::strip)
			.filter((value) -> !value.isEmpty())
			.toList();
	}

	private static Map<String, List<String>> dimensionFilters(MultiValueMap<String, String> parameters) {
		Map<String, List<String>> filters = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (!RESERVED.contains(name)) {
				filters.put(name, new ArrayList<>(values));
			}
		});
		return filters;
	}

	/**
	 * @param code the dataset's code, for the {@code dataset} parameter of the
	 * observations call
	 * @param title its title
	 * @param source who publishes it
	 * @param sourceUrl where the publisher offers it
	 * @param licence terms of use
	 * @param version the newest version
	 * @param release the publisher's release or update date, as the file states it
	 * @param fileName the file that version was read from
	 * @param importedAt when it was imported
	 * @param rowCount observations in it
	 * @param coverage which countries and periods it covers
	 */
	record DatasetResponse(String code, String title, String source, @Nullable String sourceUrl,
			@Nullable String licence, int version, @Nullable String release, String fileName, Instant importedAt,
			int rowCount, Coverage coverage) {

		static DatasetResponse of(DatasetInfo info) {
			return new DatasetResponse(info.code(), info.title(), info.publisher(), info.sourceUrl(), info.licence(),
					info.version(), info.releaseLabel(), info.fileName(), info.importedAt(), info.rowCount(),
					new Coverage(info.geos(), info.firstPeriod(), info.lastPeriod()));
		}

	}

	record Coverage(List<String> geo, @Nullable String from, @Nullable String to) {

	}

	/**
	 * @param dataset the dataset asked for
	 * @param observations what was found
	 * @param truncated whether the limit cut the answer short; ask again with a larger
	 * offset for the rest
	 */
	record ObservationsResponse(String dataset, List<ObservationResponse> observations, boolean truncated) {

	}

	/**
	 * @param geo ISO 3166-1 alpha-2 country code
	 * @param time reference period
	 * @param dimensions what the figure counts
	 * @param value the figure; {@code null} when suppressed
	 * @param upperBound for a suppressed count, the exclusive bound it lies below
	 * @param display the figure as it should be shown, such as {@code <5}
	 * @param flags flag codes: c confidential (suppressed), p provisional, b break in
	 * series, e estimated, ...
	 * @param sourceLine the line or row of the publisher's file
	 */
	record ObservationResponse(String geo, String time, Map<String, String> dimensions, @Nullable Number value,
			@Nullable Number upperBound, String display, List<String> flags, int sourceLine) {

		static ObservationResponse of(Observation observation) {
			return new ObservationResponse(observation.geo(), observation.time(), observation.dimensions(),
					number(observation.value()), number(observation.upperBound()), observation.display(),
					observation.flags(), observation.sourceLine());
		}

		private static @Nullable Number number(@Nullable BigDecimal value) {
			if (value == null) {
				return null;
			}
			BigDecimal plain = value.stripTrailingZeros();
			return (plain.scale() <= 0) ? plain.toBigIntegerExact() : plain;
		}

	}

}
