package org.pexbsr.evidence.internal;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.pexbsr.web.InvalidRequestException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case-level data page: tables of case records counted by two fields, only ever
 * disclosure-controlled.
 */
@Controller
class CaseRecordsController {

	private static final List<String> COUNTRY_FIELDS = List.of("countryOfExploitation", "citizenship");

	private final CaseTables tables;

	CaseRecordsController(CaseTables tables) {
		this.tables = tables;
	}

	@GetMapping("/evidence/case-records")
	String caseRecords(@RequestParam(required = false) @Nullable String dataset,
			@RequestParam(required = false) @Nullable Integer version,
			@RequestParam(defaultValue = "countryOfExploitation") String rows,
			@RequestParam(defaultValue = "year") String columns, Locale locale, Model model) {
		List<CaseTables.CaseDataset> datasets = this.tables.datasets();
		model.addAttribute("datasets", datasets);
		model.addAttribute("fields", CaseTables.DIMENSIONS.keySet());
		model.addAttribute("rows", rows);
		model.addAttribute("columns", columns);
		model.addAttribute("threshold", this.tables.threshold());
		if (datasets.isEmpty()) {
			return "evidence/case-records";
		}
		CaseTables.CaseDataset chosen = datasets.stream()
			.filter((candidate) -> candidate.code().equals(dataset)
					&& (version == null || candidate.version() == version))
			.findFirst()
			.orElse(datasets.get(0));
		model.addAttribute("dataset", chosen);
		try {
			ProtectedTable table = this.tables.table(chosen.code(), chosen.version(), rows, columns);
			model.addAttribute("table", table);
			model.addAttribute("rowLabels", labels(table.rowDimension(), table.rows(), locale));
			model.addAttribute("columnLabels", labels(table.columnDimension(), table.columns(), locale));
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return "evidence/case-records";
	}

	/**
	 * Country codes as the country's name in the page's language; other values as they
	 * are.
	 */
	private static List<String> labels(String field, List<String> values, Locale locale) {
		if (!COUNTRY_FIELDS.contains(field)) {
			return values;
		}
		return values.stream()
			.map((value) -> (value.length() == 2) ? ExplorerService.countryName(value, locale) : value)
			.toList();
	}

}
