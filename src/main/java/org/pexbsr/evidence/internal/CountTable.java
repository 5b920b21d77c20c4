package org.pexbsr.evidence.internal;

import java.util.List;

/**
 * A two-way table of counts of case records, before disclosure control. It never leaves
 * the module as it is: only {@link DisclosureControl} turns it into something to show.
 *
 * @param rowDimension what the rows are, such as {@code countryOfExploitation}
 * @param columnDimension what the columns are, such as {@code year}
 * @param rows the row labels
 * @param columns the column labels
 * @param counts {@code counts[row][column]}
 */
record CountTable(String rowDimension, String columnDimension, List<String> rows, List<String> columns,
		long[][] counts) {

	CountTable {
		if (counts.length != rows.size()) {
			throw new IllegalArgumentException("counts has " + counts.length + " rows, labels " + rows.size());
		}
		for (long[] row : counts) {
			if (row.length != columns.size()) {
				throw new IllegalArgumentException("a row has " + row.length + " counts, labels " + columns.size());
			}
		}
	}

}
