package org.pexbsr.evidence.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.pexbsr.web.InvalidRequestException;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One view of the explorer, as its address says it: a dataset (and version), countries,
 * years, dimension values, counts or rates, and the kind of chart. The query string is
 * the view, so every view has a permalink.
 *
 * @param dataset the dataset's code
 * @param version a version number, or {@code null} for the newest
 * @param geos ISO 3166-1 alpha-2 codes; empty for the default countries
 * @param from the first year, or {@code null} for the dataset's first
 * @param to the last year, or {@code null} for the dataset's last
 * @param dimensions the values kept of each dimension named; a dimension not named takes
 * its default
 * @param measure counts as published, or rates per 100,000 inhabitants
 * @param chart line or bar
 */
record ExplorerView(String dataset, @Nullable Integer version, List<String> geos, @Nullable Integer from,
		@Nullable Integer to, Map<String, List<String>> dimensions, Measure measure, ChartKind chart) {

	static final String DEFAULT_DATASET = GlotipReader.DATASET.code();

	static final Set<String> RESERVED = Set.of("dataset", "version", "geo", "from", "to", "measure", "chart", "lang",
			"limit", "offset");

	private static final Pattern GEO = Pattern.compile("[A-Z]{2}");

	/** Counts as published, or per 100,000 inhabitants. */
	enum Measure {

		COUNT, RATE;

		public String parameter() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** How the chart draws the figures. */
	enum ChartKind {

		LINE, BAR;

		public String parameter() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** Reads a view from a request's parameters, naming the parameter at fault. */
	static ExplorerView from(MultiValueMap<String, String> parameters) {
		String dataset = first(parameters, "dataset");
		List<String> geos = new ArrayList<>(new LinkedHashSet<>(split(parameters.get("geo"))));
		for (String geo : geos) {
			if (!GEO.matcher(geo).matches()) {
				throw new InvalidRequestException("geo", "'" + geo + "' is not an ISO 3166-1 alpha-2 country code");
			}
		}
		Integer from = year(parameters, "from");
		Integer to = year(parameters, "to");
		if (from != null && to != null && from > to) {
			throw new InvalidRequestException("from", "the first year " + from + " is after the last year " + to);
		}
		Map<String, List<String>> dimensions = new TreeMap<>();
		parameters.forEach((name, values) -> {
			if (!RESERVED.contains(name)) {
				List<String> kept = values.stream().map(String::strip).filter((v) -> !v.isEmpty()).distinct().toList();
				if (!kept.isEmpty()) {
					dimensions.put(name, kept);
				}
			}
		});
		return new ExplorerView((dataset != null) ? dataset : DEFAULT_DATASET, number(parameters, "version"),
				List.copyOf(geos), from, to, dimensions, choice(parameters, "measure", Measure.class, Measure.COUNT),
				choice(parameters, "chart", ChartKind.class, ChartKind.LINE));
	}

	/** The view's query string, in a stable order, so the same view has one address. */
	public String query() {
		UriComponentsBuilder uri = UriComponentsBuilder.newInstance().queryParam("dataset", this.dataset);
		if (this.version != null) {
			uri.queryParam("version", this.version);
		}
		this.geos.forEach((geo) -> uri.queryParam("geo", geo));
		if (this.from != null) {
			uri.queryParam("from", this.from);
		}
		if (this.to != null) {
			uri.queryParam("to", this.to);
		}
		this.dimensions.forEach((name, values) -> values.forEach((value) -> uri.queryParam(name, value)));
		uri.queryParam("measure", this.measure.parameter()).queryParam("chart", this.chart.parameter());
		return uri.encode().build().getQuery();
	}

	ExplorerView with(List<String> geos, Integer from, Integer to, Map<String, List<String>> dimensions) {
		return new ExplorerView(this.dataset, this.version, geos, from, to, dimensions, this.measure, this.chart);
	}

	/** The dimensions with more than one value kept: each combination is its own line. */
	List<String> varyingDimensions() {
		return this.dimensions.entrySet()
			.stream()
			.filter((e) -> e.getValue().size() > 1)
			.map(Map.Entry::getKey)
			.toList();
	}

	private static @Nullable String first(MultiValueMap<String, String> parameters, String name) {
		List<String> values = split(parameters.get(name));
		return values.isEmpty() ? null : values.get(0);
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

	private static @Nullable Integer year(MultiValueMap<String, String> parameters, String name) {
		Integer year = number(parameters, name);
		if (year != null && (year < 1900 || year > 2100)) {
			throw new InvalidRequestException(name, name + " must be a year, not " + year);
		}
		return year;
	}

	private static @Nullable Integer number(MultiValueMap<String, String> parameters, String name) {
		String text = first(parameters, name);
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException(name, name + " must be a whole number, not '" + text + "'");
		}
	}

	private static <E extends Enum<E>> E choice(MultiValueMap<String, String> parameters, String name, Class<E> type,
			E otherwise) {
		String text = first(parameters, name);
		if (text == null) {
			return otherwise;
		}
		Map<String, E> known = new LinkedHashMap<>();
		for (E constant : type.getEnumConstants()) {
			known.put(constant.name().toLowerCase(Locale.ROOT), constant);
		}
		E chosen = known.get(text.toLowerCase(Locale.ROOT));
		if (chosen == null) {
			throw new InvalidRequestException(name,
					name + " must be one of " + known.keySet() + ", not '" + text + "'");
		}
		return chosen;
	}

}
