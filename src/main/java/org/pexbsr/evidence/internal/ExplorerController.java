package org.pexbsr.evidence.internal;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.pexbsr.web.InvalidRequestException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The explorer page: a form that works without JavaScript, and the view it asks for as a
 * table (the accessible form of the chart) with a chart drawn over it by script.
 */
@Controller
class ExplorerController {

	static final List<String> CHART_SCRIPTS = List.of("/webjars/chart.js/dist/chart.umd.js", "/js/evidence-charts.js");

	/**
	 * A dimension with more values than this is offered as a list box, not as checkboxes.
	 */
	private static final int CHECKBOX_LIMIT = 12;

	private final ExplorerService explorer;

	private final EvidenceQueries queries;

	private final Clock clock;

	private final MessageSource messages;

	ExplorerController(ExplorerService explorer, EvidenceQueries queries, Clock clock, MessageSource messages) {
		this.explorer = explorer;
		this.queries = queries;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/evidence/explore")
	String explore(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model) {
		ExplorerResult result;
		try {
			result = this.explorer.explore(ExplorerView.from(parameters), locale);
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorField", ex.field());
			MultiValueMap<String, String> datasetOnly = new LinkedMultiValueMap<>();
			if (parameters.containsKey("dataset")) {
				datasetOnly.put("dataset", parameters.get("dataset"));
			}
			result = this.explorer.explore(ExplorerView.from(datasetOnly), locale);
		}
		ExplorerService.Options options = this.explorer.options(result.view().dataset(), result.view().version());
		model.addAttribute("result", result);
		model.addAttribute("options", options);
		model.addAttribute("datasets", this.queries.datasets());
		model.addAttribute("dimensions", dimensionChoices(options, result.view()));
		model.addAttribute("memberCountries", countryChoices(MemberCountries.CODES, options, result.view(), locale));
		model.addAttribute("otherCountries", countryChoices(others(options), options, result.view(), locale));
		model.addAttribute("selectableYears", selectableYears(options));
		model.addAttribute("caption", result.caption(this.messages, locale));
		model.addAttribute("format", new FigureFormat(locale));
		model.addAttribute("pageScripts", CHART_SCRIPTS);
		return "evidence/explore";
	}

	/**
	 * The dataset's years and every later one up to last year, so a view can reach past
	 * the newest figure and show plainly that there is none yet.
	 */
	private List<Integer> selectableYears(ExplorerService.Options options) {
		List<Integer> years = new ArrayList<>(options.years());
		int lastYear = Year.now(this.clock).getValue() - 1;
		int next = years.isEmpty() ? lastYear : years.get(years.size() - 1) + 1;
		for (int year = next; year <= lastYear; year++) {
			years.add(year);
		}
		return years;
	}

	private static List<String> others(ExplorerService.Options options) {
		return options.geos().stream().filter((geo) -> !MemberCountries.CODES.contains(geo)).toList();
	}

	private static List<Choice> countryChoices(List<String> geos, ExplorerService.Options options, ExplorerView view,
			Locale locale) {
		List<Choice> choices = new ArrayList<>();
		for (String geo : geos) {
			if (options.geos().contains(geo)) {
				choices.add(new Choice(geo, ExplorerService.countryName(geo, locale), view.geos().contains(geo)));
			}
		}
		choices.sort(java.util.Comparator.comparing(Choice::label, java.text.Collator.getInstance(locale)));
		return choices;
	}

	private static List<DimensionChoice> dimensionChoices(ExplorerService.Options options, ExplorerView view) {
		List<DimensionChoice> choices = new ArrayList<>();
		for (Map.Entry<String, Set<String>> dimension : options.dimensions().entrySet()) {
			List<String> kept = view.dimensions().getOrDefault(dimension.getKey(), List.of());
			List<Choice> values = dimension.getValue()
				.stream()
				.map((value) -> new Choice(value, value, kept.contains(value)))
				.toList();
			choices.add(new DimensionChoice(dimension.getKey(), values, values.size() > CHECKBOX_LIMIT));
		}
		return choices;
	}

	/**
	 * @param value what the form sends
	 * @param label what the reader sees
	 * @param chosen whether the view keeps it
	 */
	record Choice(String value, String label, boolean chosen) {

	}

	/**
	 * @param name the dimension's name, as the parameter
	 * @param values its values
	 * @param listBox whether to offer them as a list box rather than checkboxes
	 */
	record DimensionChoice(String name, List<Choice> values, boolean listBox) {

	}

}
