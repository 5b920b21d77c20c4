package org.pexbsr.evidence.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table of counts after disclosure control: a hidden cell, margin or total is
 * {@code null}. Which hidden cells were small and which were hidden to protect them is
 * not said, since that would narrow what a small cell can be.
 *
 * @param rowDimension what the rows are
 * @param columnDimension what the columns are
 * @param rows row labels
 * @param columns column labels
 * @param cells {@code cells[row][column]}, {@code null} where hidden
 * @param rowTotals each row's total, {@code null} where hidden
 * @param columnTotals each column's total, {@code null} where hidden
 * @param total the grand total, {@code null} where hidden
 * @param threshold the smallest group shown
 */
record ProtectedTable(String rowDimension, String columnDimension, List<String> rows, List<String> columns,
		@Nullable Long[][] cells, @Nullable Long[] rowTotals, @Nullable Long[] columnTotals, @Nullable Long total,
		int threshold) {

	public int hiddenCount() {
		int hidden = 0;
		for (Long[] row : this.cells) {
			for (Long cell : row) {
				hidden += (cell == null) ? 1 : 0;
			}
		}
		return hidden;
	}

}
