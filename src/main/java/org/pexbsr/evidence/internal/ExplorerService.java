package org.pexbsr.evidence.internal;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pexbsr.web.InvalidRequestException;
import org.pexbsr.web.ResourceNotFoundException;

import org.springframework.stereotype.Service;

/**
 * Answers explorer views: fills in the defaults, fetches the figures, works out rates per
 * 100,000 inhabitants with the World Bank population of the same country and year, and
 * the change from year to year, keeping suppressed figures as bounds throughout.
 */
@Service
class ExplorerService {

	/**
	 * The World Bank's total population (SP.POP.TOTL), as the shipped file is imported.
	 */
	static final String POPULATION = "wb-sp-pop-totl";

	static final String TOTAL = "Total";

	private static final int DEFAULT_YEARS = 10;

	private static final Pattern RATE_UNIT = Pattern.compile("(?i).*(hthab|per[ _-]?100|rate|percent|pc_).*");

	private final EvidenceQueries queries;

	ExplorerService(EvidenceQueries queries) {
		this.queries = queries;
	}

	/**
	 * What the form offers for a dataset: its dimensions with their values, countries and
	 * years.
	 */
	Options options(String dataset, @Nullable Integer version) {
		DatasetInfo info = datasetInfo(dataset, version);
		return new Options(info, this.queries.versions(dataset), this.queries.dimensions(dataset), info.geos(),
				yearsOf(info));
	}

	ExplorerResult explore(ExplorerView asked, Locale locale) {
		Options options = options(asked.dataset(), asked.version());
		ExplorerView view = withDefaults(asked, options);
		List<String> notes = new ArrayList<>();
		List<String> years = years(view);

		ObservationQuery query = new ObservationQuery(view.dataset(), view.version(), view.geos(), years,
				view.dimensions(), EvidenceApiController.MAX_LIMIT, 0);
		List<Observation> observations = this.queries.observations(query);
		boolean truncated = observations.size() == EvidenceApiController.MAX_LIMIT;

		DatasetInfo population = null;
		Map<String, ExplorerResult.PopulationFigure> inhabitants = Map.of();
		if (view.measure() == ExplorerView.Measure.RATE) {
			population = rateBase(view, notes).orElse(null);
			if (population != null) {
				inhabitants = population(view.geos(), years);
			}
		}
		List<ExplorerResult.Series> series = series(view, years, observations, inhabitants, population != null, locale);
		return new ExplorerResult(view, options.dataset(), subject(view, options), years, series, population,
				List.copyOf(notes), truncated);
	}

	/**
	 * The values kept of each dimension, leaving out "Total" and dimensions the dataset
	 * has one value of, which say nothing.
	 */
	private static String subject(ExplorerView view, Options options) {
		List<String> parts = new ArrayList<>();
		view.dimensions().forEach((name, values) -> {
			List<String> named = values.stream().filter((value) -> !TOTAL.equals(value)).toList();
			if (!named.isEmpty() && options.dimensions().getOrDefault(name, Set.of()).size() > 1) {
				parts.add(String.join(" / ", named));
			}
		});
		return parts.isEmpty() ? options.dataset().title() : String.join(", ", parts);
	}

	/**
	 * Every dimension pinned, countries and years chosen: the view as its permalink
	 * states it.
	 */
	ExplorerView withDefaults(ExplorerView view, Options options) {
		for (String name : view.dimensions().keySet()) {
			if (!options.dimensions().containsKey(name)) {
				throw new InvalidRequestException(name, "Dataset '" + view.dataset() + "' has no dimension '" + name
						+ "'; its dimensions are " + options.dimensions().keySet());
			}
			for (String value : view.dimensions().get(name)) {
				// Without this an old or mistyped permalink reads as countries that
				// reported nothing.
				if (!options.dimensions().get(name).contains(value)) {
					throw new InvalidRequestException(name,
							"Dataset '" + view.dataset() + "' has no " + name + " '" + value + "'");
				}
			}
		}
		Map<String, List<String>> dimensions = new TreeMap<>(view.dimensions());
		options.dimensions().forEach((name, values) -> dimensions.computeIfAbsent(name, (key) -> defaultValue(values)));

		List<String> geos = view.geos();
		if (geos.isEmpty()) {
			geos = MemberCountries.CODES.stream().filter(options.geos()::contains).toList();
			if (geos.isEmpty()) {
				geos = options.geos().stream().limit(5).toList();
			}
		}
		List<Integer> years = options.years();
		Integer last = (view.to() != null) ? view.to() : (years.isEmpty() ? null : years.get(years.size() - 1));
		Integer first = view.from();
		if (first == null && last != null) {
			int earliest = years.isEmpty() ? last : years.get(0);
			first = Math.max(earliest, Math.min(last, last - DEFAULT_YEARS + 1));
		}
		return view.with(geos, first, last, dimensions);
	}

	private static List<String> defaultValue(Set<String> values) {
		if (values.contains(TOTAL)) {
			return List.of(TOTAL);
		}
		return values.isEmpty() ? List.of() : List.of(values.iterator().next());
	}

	private static List<String> years(ExplorerView view) {
		List<String> years = new ArrayList<>();
		if (view.from() == null || view.to() == null) {
			return years;
		}
		for (int year = view.from(); year <= view.to(); year++) {
			years.add(String.valueOf(year));
		}
		return years;
	}

	private Optional<DatasetInfo> rateBase(ExplorerView view, List<String> notes) {
		if (POPULATION.equals(view.dataset())) {
			notes.add("explorer.note.populationItself");
			return Optional.empty();
		}
		boolean alreadyRate = view.dimensions()
			.getOrDefault("unit", List.of())
			.stream()
			.anyMatch((unit) -> RATE_UNIT.matcher(unit).matches());
		if (alreadyRate) {
			notes.add("explorer.note.alreadyRate");
			return Optional.empty();
		}
		Optional<DatasetInfo> population = this.queries.dataset(POPULATION);
		if (population.isEmpty()) {
			notes.add("explorer.note.noPopulation");
		}
		return population;
	}

	/** The population of each country and year, keyed {@code SE 2022}. */
	private Map<String, ExplorerResult.PopulationFigure> population(List<String> geos, List<String> years) {
		Map<String, ExplorerResult.PopulationFigure> figures = new LinkedHashMap<>();
		ObservationQuery query = new ObservationQuery(POPULATION, null, geos, years, Map.of(),
				EvidenceApiController.MAX_LIMIT, 0);
		for (Observation observation : this.queries.observations(query)) {
			if (observation.value() != null && observation.value().signum() > 0) {
				figures.putIfAbsent(observation.geo() + " " + observation.time(), new ExplorerResult.PopulationFigure(
						observation.value(), observation.time(), observation.sourceLine()));
			}
		}
		return figures;
	}

	private static List<ExplorerResult.Series> series(ExplorerView view, List<String> years,
			List<Observation> observations, Map<String, ExplorerResult.PopulationFigure> inhabitants, boolean rate,
			Locale locale) {
		List<String> varying = view.varyingDimensions();
		Map<String, Map<String, List<Observation>>> cells = new LinkedHashMap<>();
		Map<String, Map<String, String>> seriesDimensions = new LinkedHashMap<>();
		for (String geo : view.geos()) {
			for (Map<String, String> combination : combinations(view.dimensions(), varying)) {
				String key = seriesKey(geo, combination);
				cells.put(key, new LinkedHashMap<>());
				seriesDimensions.put(key, combination);
			}
		}
		for (Observation observation : observations) {
			Map<String, String> combination = new LinkedHashMap<>();
			varying.forEach((name) -> combination.put(name, observation.dimensions().get(name)));
			String key = seriesKey(observation.geo(), combination);
			cells.computeIfAbsent(key, (k) -> new LinkedHashMap<>())
				.computeIfAbsent(observation.time(), (time) -> new ArrayList<>())
				.add(observation);
		}

		List<ExplorerResult.Series> series = new ArrayList<>();
		for (Map.Entry<String, Map<String, List<Observation>>> entry : cells.entrySet()) {
			String key = entry.getKey();
			String geo = key.substring(0, 2);
			Map<String, String> dimensions = seriesDimensions.getOrDefault(key, Map.of());
			String country = countryName(geo, locale);
			String label = dimensions.isEmpty() ? country : country + " – " + String.join(", ", dimensions.values());
			series.add(new ExplorerResult.Series(key, geo, country, dimensions, label,
					points(geo, years, entry.getValue(), inhabitants, rate)));
		}
		Collator collator = Collator.getInstance(locale);
		series.sort(Comparator.comparing(ExplorerResult.Series::country, collator)
			.thenComparing(ExplorerResult.Series::label, collator));
		return series;
	}

	private static List<ExplorerResult.Point> points(String geo, List<String> years,
			Map<String, List<Observation>> byYear, Map<String, ExplorerResult.PopulationFigure> inhabitants,
			boolean rate) {
		List<ExplorerResult.Point> points = new ArrayList<>();
		ExplorerResult.Point previous = null;
		for (String year : years) {
			List<Observation> found = byYear.getOrDefault(year, List.of());
			Bounds count = Bounds.ofCell(found);
			List<String> flags = found.stream().flatMap((o) -> o.flags().stream()).distinct().sorted().toList();
			List<Integer> lines = found.stream().map(Observation::sourceLine).toList();
			ExplorerResult.PopulationFigure population = rate ? inhabitants.get(geo + " " + year) : null;
			Bounds shown = count;
			if (rate) {
				shown = (count != null && population != null) ? count.perHundredThousand(population.value()) : null;
			}
			String published = (found.size() == 1 && found.get(0).suppressed()) ? found.get(0).display() : null;
			points.add(point(year, count, shown, flags, lines, population, previous, published));
			previous = points.get(points.size() - 1);
		}
		return points;
	}

	private static ExplorerResult.Point point(String year, @Nullable Bounds count, @Nullable Bounds shown,
			List<String> flags, List<Integer> lines, ExplorerResult.@Nullable PopulationFigure population,
			ExplorerResult.@Nullable Point previous, @Nullable String published) {
		BigDecimal change = null;
		BigDecimal percent = null;
		String noChange = null;
		Bounds before = (previous != null) ? previous.shown() : null;
		if (shown != null && before != null) {
			if (flags.contains("b")) {
				noChange = "break";
			}
			else if (!shown.isExact() || !before.isExact()) {
				noChange = "range";
			}
			else {
				change = shown.changeFrom(before);
				percent = shown.percentChangeFrom(before);
			}
		}
		return new ExplorerResult.Point(year, count, shown, flags, lines, population, change, percent, noChange,
				published);
	}

	private static List<Map<String, String>> combinations(Map<String, List<String>> dimensions, List<String> varying) {
		List<Map<String, String>> combinations = new ArrayList<>();
		combinations.add(new LinkedHashMap<>());
		for (String name : varying) {
			List<Map<String, String>> next = new ArrayList<>();
			for (Map<String, String> combination : combinations) {
				for (String value : dimensions.get(name)) {
					Map<String, String> extended = new LinkedHashMap<>(combination);
					extended.put(name, value);
					next.add(extended);
				}
			}
			combinations = next;
		}
		return combinations;
	}

	private static String seriesKey(String geo, Map<String, String> combination) {
		if (combination.isEmpty()) {
			return geo;
		}
		return geo + "|"
				+ combination.entrySet()
					.stream()
					.map((e) -> e.getKey() + "=" + e.getValue())
					.collect(Collectors.joining("|"));
	}

	static String countryName(String geo, Locale locale) {
		String name = new Locale.Builder().setRegion(geo).build().getDisplayCountry(locale);
		return name.isEmpty() ? geo : name;
	}

	private DatasetInfo datasetInfo(String dataset, @Nullable Integer version) {
		return this.queries.dataset(dataset, version)
			.orElseThrow(() -> new ResourceNotFoundException((version == null) ? "No dataset '" + dataset + "'"
					: "Dataset '" + dataset + "' has no version " + version));
	}

	private static List<Integer> yearsOf(DatasetInfo info) {
		Integer first = yearOf(info.firstPeriod());
		Integer last = yearOf(info.lastPeriod());
		if (first == null || last == null) {
			return List.of();
		}
		TreeSet<Integer> years = new TreeSet<>();
		for (int year = first; year <= last; year++) {
			years.add(year);
		}
		return List.copyOf(years);
	}

	private static @Nullable Integer yearOf(@Nullable String period) {
		if (period == null || period.length() < 4) {
			return null;
		}
		try {
			return Integer.valueOf(period.substring(0, 4));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * @param dataset the version shown
	 * @param versions every version of the dataset, newest first
	 * @param dimensions each dimension with its values
	 * @param geos the countries it covers
	 * @param years the years it covers
	 */
	record Options(DatasetInfo dataset, List<Integer> versions, Map<String, Set<String>> dimensions, List<String> geos,
			List<Integer> years) {

	}

}
