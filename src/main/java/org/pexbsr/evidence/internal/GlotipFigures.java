package org.pexbsr.evidence.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The GLOTIP figures of some countries and years, read once and looked up by what they
 * count, for the country profiles and the regional overview.
 */
final class GlotipFigures {

	static final String VICTIMS = "Detected trafficking victims";

	static final String SUSPECTS = "Persons brought into formal contact";

	static final String PROSECUTED = "Persons prosecuted";

	static final String CONVICTED = "Persons convicted";

	static final String BY_FORM = "by form of exploitation";

	static final String BY_CITIZENSHIP = "by citizenship";

	static final String SEXUAL = "Sexual exploitation";

	static final List<String> FORMS = List.of(SEXUAL, "Forced labour", "Other forms of exploitation");

	/** How UNODC spells Ukrainian citizenship in the shipped extract: three ways. */
	static final Set<String> UKRAINIAN = Set.of("Ukraine", "Ukrainian", "Ukraineans");

	private static final String TOTAL = ExplorerService.TOTAL;

	private final Map<String, List<Observation>> byKey = new LinkedHashMap<>();

	GlotipFigures(List<Observation> observations) {
		for (Observation observation : observations) {
			this.byKey.computeIfAbsent(key(observation), (k) -> new ArrayList<>()).add(observation);
		}
	}

	/** One figure: what the source gives for it, with its flags and lines. */
	Cell cell(String geo, String year, String indicator, String dimension, String category, String sex, String age) {
		return Cell.of(this.byKey.getOrDefault(String.join("|", geo, year, indicator, dimension, category, sex, age),
				List.of()));
	}

	Cell total(String geo, String year, String indicator) {
		return cell(geo, year, indicator, TOTAL, TOTAL, TOTAL, TOTAL);
	}

	Cell form(String geo, String year, String form) {
		return cell(geo, year, VICTIMS, BY_FORM, form, TOTAL, TOTAL);
	}

	/**
	 * Every category of victims by citizenship in one country and year, with its figure.
	 */
	Map<String, Cell> byCitizenship(String geo, String year, String indicator) {
		Map<String, Cell> categories = new TreeMap<>();
		String prefix = String.join("|", geo, year, indicator, BY_CITIZENSHIP) + "|";
		String suffix = "|" + TOTAL + "|" + TOTAL;
		this.byKey.forEach((key, observations) -> {
			if (key.startsWith(prefix) && key.endsWith(suffix)) {
				categories.put(key.substring(prefix.length(), key.length() - suffix.length()), Cell.of(observations));
			}
		});
		return categories;
	}

	/** Victims with Ukrainian citizenship, however the file spells it. */
	Cell ukrainian(String geo, String year) {
		List<Observation> found = new ArrayList<>();
		for (String spelling : UKRAINIAN) {
			found.addAll(this.byKey
				.getOrDefault(String.join("|", geo, year, VICTIMS, BY_CITIZENSHIP, spelling, TOTAL, TOTAL), List.of()));
		}
		return Cell.of(found);
	}

	/** The share of sexual exploitation among victims whose form was reported. */
	@Nullable Bounds sexualShare(String geo, String year) {
		Cell sexual = form(geo, year, SEXUAL);
		if (sexual.bounds() == null) {
			return null;
		}
		List<Bounds> others = new ArrayList<>();
		for (String form : FORMS.subList(1, FORMS.size())) {
			Bounds other = form(geo, year, form).bounds();
			if (other != null) {
				others.add(other);
			}
		}
		return sexual.bounds().shareOf(Bounds.sum(others));
	}

	private static String key(Observation observation) {
		Map<String, String> d = observation.dimensions();
		return String.join("|", observation.geo(), observation.time(), d.get("indicator"), d.get("dimension"),
				d.get("category"), d.get("sex"), d.get("age"));
	}

	/**
	 * @param bounds the figure, or {@code null} when none was published
	 * @param flags its flag codes
	 * @param sourceLines the lines of the source file
	 */
	record Cell(@Nullable Bounds bounds, List<String> flags, List<Integer> sourceLines) {

		static Cell of(List<Observation> observations) {
			return new Cell(Bounds.ofCell(observations),
					observations.stream().flatMap((o) -> o.flags().stream()).distinct().sorted().toList(),
					observations.stream().map(Observation::sourceLine).toList());
		}

		public boolean present() {
			return this.bounds != null;
		}

	}

}
