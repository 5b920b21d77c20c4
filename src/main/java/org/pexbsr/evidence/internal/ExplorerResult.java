package org.pexbsr.evidence.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * What the explorer shows for one view: one series per country and combination of the
 * dimension values kept, one point per year, each with its flags, its source lines and,
 * for rates, the population it was divided by.
 *
 * @param view the view with every default filled in, as its permalink says it
 * @param dataset the dataset version shown
 * @param subject what the figures count, in the dataset's own words
 * @param years the years shown, in order
 * @param series the lines of the chart and the rows of the table
 * @param population the population dataset the rates were worked out with; {@code null}
 * for counts
 * @param notes what the reader must know about this view (codes of messages)
 * @param truncated whether the view asked for more figures than one answer holds
 */
record ExplorerResult(ExplorerView view, DatasetInfo dataset, String subject, List<String> years, List<Series> series,
		@Nullable DatasetInfo population, List<String> notes, boolean truncated) {

	/** Every flag that occurs in the view, for the legend. */
	public List<String> flagsShown() {
		return this.series.stream()
			.flatMap((series) -> series.points().stream())
			.flatMap((point) -> point.flags().stream())
			.distinct()
			.sorted()
			.toList();
	}

	public boolean anyRange() {
		return this.series.stream()
			.flatMap((series) -> series.points().stream())
			.anyMatch((point) -> point.shown() != null && !point.shown().isExact());
	}

	/** What the view shows, in words: what is counted, then counts or rates. */
	public String caption(MessageSource messages, Locale locale) {
		String unit = messages.getMessage(rate() ? "explorer.unit.rate" : "explorer.unit.count", null, locale);
		return this.subject + " (" + unit + ")";
	}

	public boolean rate() {
		return this.view.measure() == ExplorerView.Measure.RATE;
	}

	/**
	 * @param key a stable identifier of the series within the view
	 * @param geo ISO 3166-1 alpha-2 code
	 * @param country the country's name in the page's language
	 * @param dimensions the values of the dimensions that vary between series
	 * @param label the country and those values, as the legend shows them
	 * @param points one per year of the view
	 */
	record Series(String key, String geo, String country, Map<String, String> dimensions, String label,
			List<Point> points) {

	}

	/**
	 * @param time the year
	 * @param count the figure as published (or its bounds); {@code null} when none was
	 * published
	 * @param shown what the view shows: the count, or the rate per 100,000
	 * @param flags flag codes of the figures behind it
	 * @param sourceLines the lines of the publisher's file it was read from
	 * @param population the population it was divided by, for a rate
	 * @param change the change in what is shown from the year before, when both are exact
	 * @param percentChange that change in per cent
	 * @param noChange why no change is given, as a message code suffix: {@code break},
	 * {@code range}, or {@code null}
	 */
	record Point(String time, @Nullable Bounds count, @Nullable Bounds shown, List<String> flags,
			List<Integer> sourceLines, @Nullable PopulationFigure population, @Nullable BigDecimal change,
			@Nullable BigDecimal percentChange, @Nullable String noChange, @Nullable String published) {

		public boolean hasBreak() {
			return this.flags.contains("b");
		}

	}

	/**
	 * @param value inhabitants
	 * @param year the year of that figure
	 * @param sourceLine the line of the population file it was read from
	 */
	record PopulationFigure(BigDecimal value, String year, int sourceLine) {

	}

}
