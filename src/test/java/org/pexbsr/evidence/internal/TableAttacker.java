package org.pexbsr.evidence.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What someone who sees a protected table can work out exactly: every hidden cell, margin
 * or total that the table's row and column equations determine, found by Gaussian
 * elimination, independently of how {@link DisclosureControl} chooses what to hide.
 */
final class TableAttacker {

	private static final double EPSILON = 1e-9;

	private TableAttacker() {
	}

	/**
	 * The hidden entries the shown ones give away, keyed {@code r,c} with {@code R} for
	 * the total row and {@code C} for the total column, with their values.
	 */
	static Map<String, Long> recover(ProtectedTable table) {
		int rows = table.rows().size();
		int columns = table.columns().size();
		Map<String, Integer> unknowns = new LinkedHashMap<>();
		Long[][] grid = new Long[rows + 1][columns + 1];
		for (int r = 0; r <= rows; r++) {
			for (int c = 0; c <= columns; c++) {
				grid[r][c] = entry(table, r, c);
				if (grid[r][c] == null) {
					unknowns.put(key(r, c, rows, columns), unknowns.size());
				}
			}
		}
		List<double[]> equations = new ArrayList<>();
		for (int r = 0; r <= rows; r++) {
			double[] equation = new double[unknowns.size() + 1];
			for (int c = 0; c <= columns; c++) {
				add(equation, unknowns, grid, r, c, (c == columns) ? -1 : 1, rows, columns);
			}
			equations.add(equation);
		}
		for (int c = 0; c <= columns; c++) {
			double[] equation = new double[unknowns.size() + 1];
			for (int r = 0; r <= rows; r++) {
				add(equation, unknowns, grid, r, c, (r == rows) ? -1 : 1, rows, columns);
			}
			equations.add(equation);
		}
		return solve(equations, unknowns);
	}

	private static void add(double[] equation, Map<String, Integer> unknowns, Long[][] grid, int r, int c, int sign,
			int rows, int columns) {
		if (grid[r][c] == null) {
			equation[unknowns.get(key(r, c, rows, columns))] += sign;
		}
		else {
			equation[equation.length - 1] -= sign * grid[r][c];
		}
	}

	private static Map<String, Long> solve(List<double[]> equations, Map<String, Integer> unknowns) {
		double[][] m = equations.toArray(double[][]::new);
		int variables = unknowns.size();
		List<Integer> pivots = new ArrayList<>();
		int row = 0;
		for (int column = 0; column < variables && row < m.length; column++) {
			int best = row;
			for (int r = row; r < m.length; r++) {
				if (Math.abs(m[r][column]) > Math.abs(m[best][column])) {
					best = r;
				}
			}
			if (Math.abs(m[best][column]) < EPSILON) {
				continue;
			}
			double[] swap = m[row];
			m[row] = m[best];
			m[best] = swap;
			double pivot = m[row][column];
			for (int c = 0; c <= variables; c++) {
				m[row][c] /= pivot;
			}
			for (int r = 0; r < m.length; r++) {
				if (r != row && Math.abs(m[r][column]) > EPSILON) {
					double factor = m[r][column];
					for (int c = 0; c <= variables; c++) {
						m[r][c] -= factor * m[row][c];
					}
				}
			}
			pivots.add(column);
			row++;
		}
		Map<String, Long> recovered = new LinkedHashMap<>();
		List<String> names = new ArrayList<>(unknowns.keySet());
		for (int r = 0; r < pivots.size(); r++) {
			boolean alone = true;
			for (int c = 0; c < variables; c++) {
				if (c != pivots.get(r) && Math.abs(m[r][c]) > EPSILON) {
					alone = false;
				}
			}
			if (alone) {
				recovered.put(names.get(pivots.get(r)), Math.round(m[r][variables]));
			}
		}
		return recovered;
	}

	private static Long entry(ProtectedTable table, int r, int c) {
		int rows = table.rows().size();
		int columns = table.columns().size();
		if (r == rows && c == columns) {
			return table.total();
		}
		if (r == rows) {
			return table.columnTotals()[c];
		}
		if (c == columns) {
			return table.rowTotals()[r];
		}
		return table.cells()[r][c];
	}

	private static String key(int r, int c, int rows, int columns) {
		return ((r == rows) ? "R" : String.valueOf(r)) + "," + ((c == columns) ? "C" : String.valueOf(c));
	}

}
