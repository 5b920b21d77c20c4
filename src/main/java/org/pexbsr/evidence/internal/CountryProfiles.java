package org.pexbsr.evidence.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.pexbsr.web.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Profiles of the member countries and Ukraine from the GLOTIP figures: victims by sex,
 * age, form of exploitation and citizenship, suspects, prosecutions and convictions, the
 * share of sexual exploitation and victims with Ukrainian citizenship, each figure with
 * its source line.
 */
@Service
class CountryProfiles {

	static final int YEARS = 10;

	private final EvidenceQueries queries;

	CountryProfiles(EvidenceQueries queries) {
		this.queries = queries;
	}

	Optional<DatasetInfo> glotip() {
		return this.queries.dataset(GlotipReader.DATASET.code());
	}

	CountryProfile profile(String geo, Locale locale) {
		if (!MemberCountries.CODES.contains(geo)) {
			throw new ResourceNotFoundException("No country profile for '" + geo + "'");
		}
		DatasetInfo glotip = glotip()
			.orElseThrow(() -> new ResourceNotFoundException("The GLOTIP dataset has not been imported"));
		List<String> years = lastYears(glotip);
		GlotipFigures figures = figures(List.of(geo), years);

		List<Row> rows = new ArrayList<>();
		rows.add(row("profile.row.victims", years, (y) -> figures.total(geo, y, GlotipFigures.VICTIMS),
				view(geo, years, GlotipFigures.VICTIMS, "Total", "Total", "Total", "Total")));
		for (String sex : List.of("Female", "Male")) {
			rows.add(row("profile.row.sex." + sex, years,
					(y) -> figures.cell(geo, y, GlotipFigures.VICTIMS, "Total", "Total", sex, "Total"),
					view(geo, years, GlotipFigures.VICTIMS, "Total", "Total", sex, "Total")));
		}
		for (String age : List.of("0 to 17 years", "18 years or over")) {
			rows.add(row("profile.row.age." + age.charAt(0), years,
					(y) -> figures.cell(geo, y, GlotipFigures.VICTIMS, "Total", "Total", "Total", age),
					view(geo, years, GlotipFigures.VICTIMS, "Total", "Total", "Total", age)));
		}
		for (int i = 0; i < GlotipFigures.FORMS.size(); i++) {
			String form = GlotipFigures.FORMS.get(i);
			rows.add(row("profile.row.form." + i, years, (y) -> figures.form(geo, y, form),
					view(geo, years, GlotipFigures.VICTIMS, GlotipFigures.BY_FORM, form, "Total", "Total")));
		}
		List<Bounds> shares = years.stream().map((y) -> figures.sexualShare(geo, y)).toList();

		List<Row> justice = new ArrayList<>();
		justice.add(row("profile.row.suspects", years, (y) -> figures.total(geo, y, GlotipFigures.SUSPECTS),
				view(geo, years, GlotipFigures.SUSPECTS, "Total", "Total", "Total", "Total")));
		justice.add(row("profile.row.prosecuted", years, (y) -> figures.total(geo, y, GlotipFigures.PROSECUTED),
				view(geo, years, GlotipFigures.PROSECUTED, "Total", "Total", "Total", "Total")));
		justice.add(row("profile.row.convicted", years, (y) -> figures.total(geo, y, GlotipFigures.CONVICTED),
				view(geo, years, GlotipFigures.CONVICTED, "Total", "Total", "Total", "Total")));

		List<String> sinceWar = years.stream().filter((y) -> y.compareTo("2022") >= 0).toList();
		Row ukrainian = sinceWar.isEmpty() ? null
				: row("profile.row.ukrainian", sinceWar, (y) -> figures.ukrainian(geo, y), null);

		Citizenship citizenship = latestCitizenship(figures, geo, years);
		return new CountryProfile(geo, ExplorerService.countryName(geo, locale), glotip, years, rows, shares, justice,
				ukrainian, citizenship);
	}

	/** The GLOTIP figures of some countries over some years, all in one query. */
	GlotipFigures figures(List<String> geos, List<String> years) {
		Map<String, List<String>> indicators = Map.of("indicator", List.of(GlotipFigures.VICTIMS,
				GlotipFigures.SUSPECTS, GlotipFigures.PROSECUTED, GlotipFigures.CONVICTED));
		return new GlotipFigures(this.queries.observations(new ObservationQuery(GlotipReader.DATASET.code(), null, geos,
				years, indicators, EvidenceApiController.MAX_LIMIT, 0)));
	}

	/** The dataset's last ten years. */
	static List<String> lastYears(DatasetInfo dataset) {
		int last = Integer.parseInt(dataset.lastPeriod().substring(0, 4));
		int first = Math.max(Integer.parseInt(dataset.firstPeriod().substring(0, 4)), last - YEARS + 1);
		List<String> years = new ArrayList<>();
		for (int year = first; year <= last; year++) {
			years.add(String.valueOf(year));
		}
		return years;
	}

	private static Citizenship latestCitizenship(GlotipFigures figures, String geo, List<String> years) {
		for (int i = years.size() - 1; i >= 0; i--) {
			Map<String, GlotipFigures.Cell> categories = figures.byCitizenship(geo, years.get(i),
					GlotipFigures.VICTIMS);
			if (!categories.isEmpty()) {
				List<Map.Entry<String, GlotipFigures.Cell>> sorted = new ArrayList<>(categories.entrySet());
				sorted.removeIf((entry) -> entry.getValue().bounds() == null);
				sorted.sort(Comparator
					.comparing((Map.Entry<String, GlotipFigures.Cell> entry) -> entry.getValue().bounds().high())
					.reversed()
					.thenComparing(Map.Entry::getKey));
				return new Citizenship(years.get(i),
						sorted.stream().map((e) -> new Category(e.getKey(), e.getValue())).toList());
			}
		}
		return null;
	}

	private static Row row(String label, List<String> years,
			java.util.function.Function<String, GlotipFigures.Cell> cell, @Nullable String explorer) {
		return new Row(label, years.stream().map(cell).toList(), explorer);
	}

	/** A permalink to the explorer for one GLOTIP series of one country. */
	static String view(String geo, List<String> years, String indicator, String dimension, String category, String sex,
			String age) {
		return UriComponentsBuilder.fromPath("/evidence/explore")
			.queryParam("dataset", GlotipReader.DATASET.code())
			.queryParam("geo", geo)
			.queryParam("from", years.get(0))
			.queryParam("to", years.get(years.size() - 1))
			.queryParam("age", age)
			.queryParam("category", category)
			.queryParam("dimension", dimension)
			.queryParam("indicator", indicator)
			.queryParam("sex", sex)
			.encode()
			.build()
			.toUriString();
	}

	/**
	 * @param geo ISO code
	 * @param name the country's name
	 * @param dataset the GLOTIP version shown
	 * @param years the years shown
	 * @param victims detected victims in total and by sex, age and form
	 * @param sexualShare per year, the share of sexual exploitation among victims whose
	 * form was reported
	 * @param justice suspects, prosecutions and convictions
	 * @param ukrainian victims with Ukrainian citizenship since 2022, if the years reach
	 * it
	 * @param citizenship victims by citizenship in the latest year that has them
	 */
	record CountryProfile(String geo, String name, DatasetInfo dataset, List<String> years, List<Row> victims,
			List<Bounds> sexualShare, List<Row> justice, @Nullable Row ukrainian, @Nullable Citizenship citizenship) {

	}

	/**
	 * @param label the message code of what the row counts
	 * @param cells one per year
	 * @param explorer a permalink to the row in the explorer
	 */
	record Row(String label, List<GlotipFigures.Cell> cells, @Nullable String explorer) {

	}

	record Citizenship(String year, List<Category> categories) {

	}

	record Category(String name, GlotipFigures.Cell cell) {

	}

}
