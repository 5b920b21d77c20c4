package org.pexbsr.evidence.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The member countries together, from the GLOTIP figures: totals per year as bounds with
 * how many countries reported, and findings written from the figures themselves (trend,
 * forms of exploitation, gaps, suppressed cells, breaks and totals that contradict their
 * parts). No number in a finding is typed by hand.
 */
@Service
class RegionalOverview {

	/** The ten member countries of the programme, without Ukraine. */
	static final List<String> MEMBERS = MemberCountries.CODES.stream().filter((geo) -> !"UA".equals(geo)).toList();

	private final CountryProfiles profiles;

	RegionalOverview(CountryProfiles profiles) {
		this.profiles = profiles;
	}

	Optional<Overview> overview(Locale locale) {
		return this.profiles.glotip().map((glotip) -> overview(glotip, locale));
	}

	private Overview overview(DatasetInfo glotip, Locale locale) {
		List<String> years = CountryProfiles.lastYears(glotip);
		GlotipFigures figures = this.profiles.figures(MEMBERS, years);
		FigureFormat format = new FigureFormat(locale);

		List<CountryRow> countries = new ArrayList<>();
		for (String geo : MEMBERS) {
			countries.add(new CountryRow(geo, ExplorerService.countryName(geo, locale),
					years.stream().map((y) -> figures.total(geo, y, GlotipFigures.VICTIMS)).toList()));
		}
		countries.sort(java.util.Comparator.comparing(CountryRow::name, java.text.Collator.getInstance(locale)));
		List<YearTotal> totals = years.stream().map((year) -> total(figures, year)).toList();
		List<YearTotal> sexual = years.stream().map((year) -> forms(figures, year, true)).toList();
		List<YearTotal> allForms = years.stream().map((year) -> forms(figures, year, false)).toList();

		List<Finding> findings = new ArrayList<>();
		latest(totals, years, format, findings);
		trend(figures, years, format, findings);
		sexualShare(sexual, allForms, years, format, findings);
		gaps(countries, years, findings, locale);
		suppressedAndBreaks(countries, findings);
		contradictions(figures, years, findings, format, locale);
		return new Overview(glotip, years, countries, totals, sexual, findings);
	}

	private static YearTotal total(GlotipFigures figures, String year) {
		List<Bounds> reported = new ArrayList<>();
		for (String geo : MEMBERS) {
			Bounds bounds = figures.total(geo, year, GlotipFigures.VICTIMS).bounds();
			if (bounds != null) {
				reported.add(bounds);
			}
		}
		return new YearTotal(year, Bounds.sum(reported), reported.size(), MEMBERS.size());
	}

	/**
	 * Victims of sexual exploitation (or of any reported form) in the countries that
	 * report forms.
	 */
	private static YearTotal forms(GlotipFigures figures, String year, boolean sexualOnly) {
		List<Bounds> parts = new ArrayList<>();
		int countries = 0;
		for (String geo : MEMBERS) {
			Bounds sexual = figures.form(geo, year, GlotipFigures.SEXUAL).bounds();
			if (sexual == null) {
				continue;
			}
			countries++;
			parts.add(sexual);
			if (!sexualOnly) {
				for (String form : GlotipFigures.FORMS.subList(1, GlotipFigures.FORMS.size())) {
					Bounds other = figures.form(geo, year, form).bounds();
					if (other != null) {
						parts.add(other);
					}
				}
			}
		}
		return new YearTotal(year, Bounds.sum(parts), countries, MEMBERS.size());
	}

	private static void latest(List<YearTotal> totals, List<String> years, FigureFormat format,
			List<Finding> findings) {
		YearTotal last = totals.get(totals.size() - 1);
		Bounds total = last.total();
		if (total.isExact()) {
			findings.add(new Finding("region.finding.latest.exact", last.year(), last.reporting(), last.of(),
					format.figure(total, false)));
			return;
		}
		findings.add(new Finding("region.finding.latest.range", last.year(), last.reporting(), last.of(),
				format.number(total.low()), format.number(total.high()), total.suppressed()));
	}

	/**
	 * The first and last year compared over the countries that reported in both, so a
	 * country joining or dropping out is not read as a trend.
	 */
	private static void trend(GlotipFigures figures, List<String> years, FigureFormat format, List<Finding> findings) {
		String first = years.get(0);
		String last = years.get(years.size() - 1);
		List<Bounds> before = new ArrayList<>();
		List<Bounds> after = new ArrayList<>();
		for (String geo : MEMBERS) {
			Bounds a = figures.total(geo, first, GlotipFigures.VICTIMS).bounds();
			Bounds b = figures.total(geo, last, GlotipFigures.VICTIMS).bounds();
			if (a != null && b != null) {
				before.add(a);
				after.add(b);
			}
		}
		if (before.isEmpty()) {
			findings.add(new Finding("region.finding.trend.none", first, last));
			return;
		}
		Bounds from = Bounds.sum(before);
		Bounds to = Bounds.sum(after);
		String direction = (from.high().compareTo(to.low()) < 0) ? "up"
				: (from.low().compareTo(to.high()) > 0) ? "down" : "unclear";
		findings.add(new Finding("region.finding.trend." + direction, before.size(), first, last,
				format.figure(from, false), format.figure(to, false)));
	}

	private static void sexualShare(List<YearTotal> sexual, List<YearTotal> allForms, List<String> years,
			FigureFormat format, List<Finding> findings) {
		for (int i = years.size() - 1; i >= 0; i--) {
			YearTotal part = sexual.get(i);
			if (part.reporting() == 0) {
				continue;
			}
			Bounds whole = allForms.get(i).total();
			Bounds rest = new Bounds(whole.low().subtract(part.total().low()).max(BigDecimal.ZERO),
					whole.high().subtract(part.total().high()).max(BigDecimal.ZERO), whole.suppressed(),
					whole.conflicting());
			Bounds share = part.total().shareOf(rest);
			if (share != null) {
				findings.add(new Finding("region.finding.forms", years.get(i), part.reporting(),
						format.figure(part.total(), false), format.percent(share)));
			}
			return;
		}
		findings.add(new Finding("region.finding.forms.none"));
	}

	private static void gaps(List<CountryRow> countries, List<String> years, List<Finding> findings, Locale locale) {
		List<String> missing = new ArrayList<>();
		int count = 0;
		for (CountryRow country : countries) {
			List<String> absent = new ArrayList<>();
			for (int i = 0; i < years.size(); i++) {
				if (!country.cells().get(i).present()) {
					absent.add(years.get(i));
				}
			}
			if (!absent.isEmpty()) {
				count += absent.size();
				missing.add(country.name() + " (" + String.join(", ", absent) + ")");
			}
		}
		if (count == 0) {
			findings.add(new Finding("region.finding.gaps.none", years.get(0), years.get(years.size() - 1)));
			return;
		}
		findings.add(new Finding("region.finding.gaps", count, years.get(0), years.get(years.size() - 1),
				String.join("; ", missing)));
	}

	private static void suppressedAndBreaks(List<CountryRow> countries, List<Finding> findings) {
		int published = 0;
		int suppressed = 0;
		int breaks = 0;
		for (CountryRow country : countries) {
			for (GlotipFigures.Cell cell : country.cells()) {
				if (cell.present()) {
					published++;
					suppressed += cell.bounds().suppressed() > 0 ? 1 : 0;
					breaks += cell.flags().contains("b") ? 1 : 0;
				}
			}
		}
		findings.add(new Finding("region.finding.suppressed", suppressed, published));
		findings.add(new Finding((breaks == 0) ? "region.finding.breaks.none" : "region.finding.breaks", breaks));
	}

	/** Totals smaller than what their own breakdown by citizenship adds up to. */
	private static void contradictions(GlotipFigures figures, List<String> years, List<Finding> findings,
			FigureFormat format, Locale locale) {
		for (String geo : MEMBERS) {
			for (String year : years) {
				Bounds total = figures.total(geo, year, GlotipFigures.VICTIMS).bounds();
				Map<String, GlotipFigures.Cell> parts = figures.byCitizenship(geo, year, GlotipFigures.VICTIMS);
				List<Bounds> known = new ArrayList<>();
				parts.values().stream().map(GlotipFigures.Cell::bounds).filter((b) -> b != null).forEach(known::add);
				Bounds sum = Bounds.sum(known);
				if (total != null && !known.isEmpty() && sum.low().compareTo(total.high()) > 0) {
					findings.add(new Finding("region.finding.contradiction", ExplorerService.countryName(geo, locale),
							year, format.figure(total, false), format.number(sum.low())));
				}
			}
		}
	}

	/**
	 * @param dataset the GLOTIP version
	 * @param years the years shown
	 * @param countries each member country's totals
	 * @param totals the member countries together, per year
	 * @param sexual victims of sexual exploitation together, per year, in the countries
	 * reporting forms
	 * @param findings what the figures say and cannot say, as messages
	 */
	record Overview(DatasetInfo dataset, List<String> years, List<CountryRow> countries, List<YearTotal> totals,
			List<YearTotal> sexual, List<Finding> findings) {

	}

	record CountryRow(String geo, String name, List<GlotipFigures.Cell> cells) {

	}

	/**
	 * @param year the year
	 * @param total the sum over the countries that reported, as bounds
	 * @param reporting how many countries reported a figure
	 * @param of how many countries there are
	 */
	record YearTotal(String year, Bounds total, int reporting, int of) {

		public boolean complete() {
			return this.reporting == this.of;
		}

	}

	/**
	 * A sentence written from the figures.
	 *
	 * @param code its message code
	 * @param arguments the figures it states
	 */
	record Finding(String code, Object... arguments) {

	}

}
