package org.pexbsr.evidence.internal;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case-level records as disclosure-controlled tables of counts: never a record, never a
 * group smaller than the threshold, never a hidden cell that the margins give away.
 */
@RestController
@RequestMapping("/api/v1/evidence/case-tables")
@Tag(name = "Evidence", description = "Official statistics with their sources and flags")
class CaseTablesApiController {

	private final CaseTables tables;

	CaseTablesApiController(CaseTables tables) {
		this.tables = tables;
	}

	@GetMapping
	@Operation(summary = "The datasets that hold case records, and the fields their tables can be counted by")
	CaseDatasetsResponse datasets() {
		return new CaseDatasetsResponse(this.tables.datasets(), List.copyOf(CaseTables.DIMENSIONS.keySet()),
				this.tables.threshold());
	}

	@GetMapping("/{dataset}")
	@Operation(summary = "Case records of one dataset counted by two fields, with small groups suppressed",
			description = "A null cell, margin or total is suppressed: it counts fewer people than the threshold, or "
					+ "it would let a suppressed one be worked out from the others.")
	CaseTableResponse table(@PathVariable String dataset,
			@Parameter(description = "A version number; the newest when left out") @RequestParam(
					required = false) @Nullable Integer version,
			@Parameter(description = "The field of the rows") @RequestParam(
					defaultValue = "countryOfExploitation") String rows,
			@Parameter(description = "The field of the columns") @RequestParam(defaultValue = "year") String columns) {
		return CaseTableResponse.of(dataset, this.tables.table(dataset, version, rows, columns));
	}

	/**
	 * @param datasets the dataset versions with case records
	 * @param fields the fields a table can be counted by
	 * @param threshold the smallest group any table shows
	 */
	record CaseDatasetsResponse(List<CaseTables.CaseDataset> datasets, List<String> fields, int threshold) {

	}

	/**
	 * @param dataset the dataset's code
	 * @param rowField the field of the rows
	 * @param columnField the field of the columns
	 * @param rows row labels
	 * @param columns column labels
	 * @param cells counts by row and column; {@code null} where suppressed
	 * @param rowTotals each row's total; {@code null} where suppressed
	 * @param columnTotals each column's total; {@code null} where suppressed
	 * @param total all records; {@code null} where suppressed
	 * @param threshold the smallest group shown
	 */
	record CaseTableResponse(String dataset, String rowField, String columnField, List<String> rows,
			List<String> columns, List<List<Long>> cells, List<Long> rowTotals, List<Long> columnTotals,
			@Nullable Long total, int threshold) {

		static CaseTableResponse of(String dataset, ProtectedTable table) {
			return new CaseTableResponse(dataset, table.rowDimension(), table.columnDimension(), table.rows(),
					table.columns(), Arrays.stream(table.cells()).map(Arrays::asList).toList(),
					Arrays.asList(table.rowTotals()), Arrays.asList(table.columnTotals()), table.total(),
					table.threshold());
		}

	}

}
