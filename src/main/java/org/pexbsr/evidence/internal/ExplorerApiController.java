package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The explorer's figures as JSON (what its chart draws) and as CSV (what a reader
 * downloads): the same view, the same numbers, with flags, bounds, source lines and the
 * population behind each rate.
 */
@RestController
@RequestMapping("/api/v1/evidence")
@Tag(name = "Evidence", description = "Official statistics with their sources and flags")
class ExplorerApiController {

	static final String VIEW_DESCRIPTION = "The view is the query string of an explorer page: dataset, version, geo "
			+ "(repeated or comma-separated), from, to, measure (count or rate per 100,000 inhabitants), chart (line "
			+ "or bar), and any dimension of the dataset (repeat it to keep several values; each combination becomes "
			+ "its own series). A figure that includes a suppressed count has no value but a low and a high bound.";

	private final ExplorerService explorer;

	ExplorerApiController(ExplorerService explorer) {
		this.explorer = explorer;
	}

	@GetMapping("/explorer")
	@Operation(summary = "The figures of one explorer view: series by country, points by year",
			description = VIEW_DESCRIPTION)
	ExplorerResponse explorer(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			Locale locale) {
		return ExplorerResponse.of(this.explorer.explore(ExplorerView.from(parameters), locale));
	}

	@GetMapping(path = "/explorer.csv", produces = "text/csv")
	@Operation(summary = "The figures of one explorer view as CSV, one line per series and year",
			description = VIEW_DESCRIPTION)
	ResponseEntity<byte[]> explorerCsv(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			Locale locale) {
		ExplorerResult result = this.explorer.explore(ExplorerView.from(parameters), locale);
		return download(csv(result), new MediaType("text", "csv", StandardCharsets.UTF_8),
				result.view().dataset() + "-" + result.view().measure().parameter() + ".csv");
	}

	static ResponseEntity<byte[]> download(String body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

	static final List<String> CSV_COLUMNS = List.of("dataset", "version", "series", "geo", "country", "dimensions",
			"year", "measure", "value", "low", "high", "display", "flags", "source_lines", "count", "population",
			"population_year", "population_source_line", "change", "percent_change");

	static String csv(ExplorerResult result) {
		StringWriter out = new StringWriter();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (ExplorerResult.Series series : result.series()) {
				for (ExplorerResult.Point point : series.points()) {
					printer.printRecord(csvRecord(result, series, point));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static List<Object> csvRecord(ExplorerResult result, ExplorerResult.Series series,
			ExplorerResult.Point point) {
		PointResponse figure = PointResponse.of(point, result.rate());
		List<Object> record = new ArrayList<>();
		record.add(result.dataset().code());
		record.add(result.dataset().version());
		record.add(series.key());
		record.add(series.geo());
		record.add(series.country());
		record.add(series.dimensions()
			.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("; ")));
		record.add(point.time());
		record.add(result.view().measure().parameter());
		record.add(text(figure.value()));
		record.add(text(figure.low()));
		record.add(text(figure.high()));
		record.add(figure.display());
		record.add(String.join("", figure.flags()));
		record.add(figure.sourceLines().stream().map(String::valueOf).collect(Collectors.joining(" ")));
		record.add((point.count() != null) ? point.count().display() : "");
		record.add((figure.population() != null) ? text(figure.population().value()) : "");
		record.add((figure.population() != null) ? figure.population().year() : "");
		record.add((figure.population() != null) ? String.valueOf(figure.population().sourceLine()) : "");
		record.add(text(figure.change()));
		record.add(text(figure.percentChange()));
		return record;
	}

	private static String text(@Nullable Number number) {
		return (number != null) ? number.toString() : "";
	}

	static @Nullable Number number(@Nullable BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal plain = value.stripTrailingZeros();
		return (plain.scale() <= 0) ? plain.toBigIntegerExact() : plain;
	}

	/**
	 * @param query the view's query string with every default filled in: its permalink
	 * @param dataset the dataset version shown
	 * @param measure {@code count} or {@code rate} (per 100,000 inhabitants)
	 * @param population the population dataset the rates divide by, for rates
	 * @param years the years of the view
	 * @param series one per country and combination of dimension values
	 * @param notes codes of what the reader must know about the view
	 * @param truncated whether the view holds more figures than one answer
	 */
	record ExplorerResponse(String query, DatasetSource dataset, String measure, @Nullable DatasetSource population,
			List<String> years, List<SeriesResponse> series, List<String> notes, boolean truncated) {

		static ExplorerResponse of(ExplorerResult result) {
			return new ExplorerResponse(result.view().query(), DatasetSource.of(result.dataset()),
					result.view().measure().parameter(),
					(result.population() != null) ? DatasetSource.of(result.population()) : null, result.years(),
					result.series().stream().map((series) -> SeriesResponse.of(series, result.rate())).toList(),
					result.notes(), result.truncated());
		}

	}

	/**
	 * @param code the dataset's code
	 * @param title its title
	 * @param source who publishes it
	 * @param sourceUrl where the publisher offers it
	 * @param licence terms of use
	 * @param version the version shown
	 * @param release the publisher's release date, as the file states it
	 * @param fileName the file the version was read from
	 */
	record DatasetSource(String code, String title, String source, @Nullable String sourceUrl, @Nullable String licence,
			int version, @Nullable String release, String fileName) {

		static DatasetSource of(DatasetInfo info) {
			return new DatasetSource(info.code(), info.title(), info.publisher(), info.sourceUrl(), info.licence(),
					info.version(), info.releaseLabel(), info.fileName());
		}

	}

	record SeriesResponse(String key, String geo, String country, Map<String, String> dimensions, String label,
			List<PointResponse> points) {

		static SeriesResponse of(ExplorerResult.Series series, boolean rate) {
			return new SeriesResponse(series.key(), series.geo(), series.country(), series.dimensions(), series.label(),
					series.points().stream().map((point) -> PointResponse.of(point, rate)).toList());
		}

	}

	/**
	 * @param time the year
	 * @param value the exact figure; {@code null} when there is none or only bounds are
	 * known
	 * @param low the least the figure can be; {@code null} when there is none
	 * @param high the most it can be
	 * @param display the figure as it should be shown, such as {@code 1.63} or
	 * {@code 0.00–0.04}
	 * @param flags flag codes
	 * @param sourceLines the lines of the publisher's file
	 * @param population the population a rate divides by
	 * @param change the change from the year before, when both figures are exact
	 * @param percentChange that change in per cent
	 * @param noChange why no change is given: {@code break} (break in series) or
	 * {@code range} (a figure is only known within bounds)
	 */
	record PointResponse(String time, @Nullable Number value, @Nullable Number low, @Nullable Number high,
			String display, List<String> flags, List<Integer> sourceLines, @Nullable PopulationResponse population,
			@Nullable Number change, @Nullable Number percentChange, @Nullable String noChange) {

		static PointResponse of(ExplorerResult.Point point, boolean rate) {
			Bounds shown = point.shown();
			String display = (shown == null) ? "" : rate ? shown.display(2) : shown.display();
			PopulationResponse population = (point.population() != null)
					? new PopulationResponse(number(point.population().value()), point.population().year(),
							point.population().sourceLine())
					: null;
			return new PointResponse(point.time(), (shown != null) ? number(shown.value()) : null,
					(shown != null) ? number(shown.low()) : null, (shown != null) ? number(shown.high()) : null,
					display, point.flags(), point.sourceLines(), population, number(point.change()),
					number(point.percentChange()), point.noChange());
		}

	}

	record PopulationResponse(@Nullable Number value, String year, int sourceLine) {

	}

}
