package org.pexbsr.evidence.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Statistical disclosure control for tables of counts over case records: no published
 * cell, margin or total counts fewer people than the threshold, and no hidden cell can be
 * worked out exactly from the cells and margins that are shown.
 *
 * <p>
 * Primary suppression hides every count from 1 to threshold − 1 (zeros are shown: they
 * describe no one). Secondary suppression then hides further cells until no hidden cell
 * is determined by the table's row and column equations. With the margins' signs turned,
 * a table and its margins are a bipartite graph of rows and columns whose hidden cells
 * are edges, and a hidden cell is determined exactly when its edge is a bridge (it lies
 * on no cycle); so cells are added until the hidden cells have no bridge. This is
 * stronger than the common rule of "at least two hidden cells in every row and column",
 * which still leaks a cell that joins two otherwise separate groups of hidden cells.
 *
 * <p>
 * Limitation: protection is against exact recovery. How narrow an interval an attacker
 * could still give for a hidden cell (by linear programming, knowing counts are never
 * negative) is not audited; the complementary cell chosen is the smallest count above
 * zero, which keeps intervals wide in the common cases but does not guarantee a minimum
 * width. Tables of the same records are each protected on their own; one that shares
 * margins with another is not checked against it.
 *
 * <p>
 * Written here because no Java library for cell suppression (such as sdcTable or
 * tau-Argus, which are R and standalone programs) exists on Maven Central.
 */
@Component
class DisclosureControl {

	static final int DEFAULT_THRESHOLD = 11;

	private final int threshold;

	DisclosureControl(@Value("${pex.evidence.disclosure.threshold:" + DEFAULT_THRESHOLD + "}") int threshold) {
		if (threshold < 2) {
			throw new IllegalArgumentException("pex.evidence.disclosure.threshold must be 2 or more, not " + threshold);
		}
		this.threshold = threshold;
	}

	int threshold() {
		return this.threshold;
	}

	/**
	 * The table with its margins, small groups and whatever would give them away hidden.
	 */
	ProtectedTable protect(CountTable table) {
		Grid grid = new Grid(table);
		grid.suppressSmallCounts(this.threshold);
		grid.suppressUntilNoCellIsDetermined();
		return grid.result(table, this.threshold);
	}

	/** Primary suppression only; for tests that show what it would leak. */
	ProtectedTable primaryOnly(CountTable table) {
		Grid grid = new Grid(table);
		grid.suppressSmallCounts(this.threshold);
		return grid.result(table, this.threshold);
	}

	/**
	 * The table with its margins: rows 0..R−1 and the total row R, columns 0..C−1 and the
	 * total column C.
	 */
	private static final class Grid {

		private final long[][] counts;

		private final boolean[][] hidden;

		private final int rows;

		private final int columns;

		Grid(CountTable table) {
			this.rows = table.rows().size();
			this.columns = table.columns().size();
			this.counts = new long[this.rows + 1][this.columns + 1];
			this.hidden = new boolean[this.rows + 1][this.columns + 1];
			for (int r = 0; r < this.rows; r++) {
				for (int c = 0; c < this.columns; c++) {
					long count = table.counts()[r][c];
					this.counts[r][c] = count;
					this.counts[r][this.columns] += count;
					this.counts[this.rows][c] += count;
					this.counts[this.rows][this.columns] += count;
				}
			}
		}

		void suppressSmallCounts(int threshold) {
			for (int r = 0; r <= this.rows; r++) {
				for (int c = 0; c <= this.columns; c++) {
					this.hidden[r][c] = this.counts[r][c] > 0 && this.counts[r][c] < threshold;
				}
			}
		}

		void suppressUntilNoCellIsDetermined() {
			int[] bridge = findBridge();
			while (bridge != null) {
				int[] complement = complement(bridge[0], bridge[1]);
				if (complement == null) {
					hideEverything();
					return;
				}
				this.hidden[complement[0]][complement[1]] = true;
				bridge = findBridge();
			}
		}

		/**
		 * The cheapest shown cell that puts the bridge on a cycle; failing that, the
		 * cheapest in its row or column, which brings such a cell within reach.
		 */
		private int[] complement(int row, int column) {
			this.hidden[row][column] = false;
			boolean[] rowSide = reachableFrom(row);
			boolean[] columnSide = reachableFrom(this.rows + 1 + column);
			this.hidden[row][column] = true;
			int[] best = null;
			for (int r = 0; r <= this.rows; r++) {
				for (int c = 0; c <= this.columns; c++) {
					int node = this.rows + 1 + c;
					boolean crosses = (rowSide[r] && columnSide[node]) || (columnSide[r] && rowSide[node]);
					if (!this.hidden[r][c] && crosses && cheaper(r, c, best)) {
						best = new int[] { r, c };
					}
				}
			}
			if (best != null) {
				return best;
			}
			for (int r = 0; r <= this.rows; r++) {
				for (int c = 0; c <= this.columns; c++) {
					boolean besideIt = r == row || c == column;
					if (!this.hidden[r][c] && besideIt && cheaper(r, c, best)) {
						best = new int[] { r, c };
					}
				}
			}
			return best;
		}

		/**
		 * Interior cells before margins, counts above zero before zeros, then the
		 * smallest: least is lost, and a zero would tell an attacker its partner is
		 * small.
		 */
		private boolean cheaper(int r, int c, int[] best) {
			if (best == null) {
				return true;
			}
			return Arrays.compare(cost(r, c), cost(best[0], best[1])) < 0;
		}

		private long[] cost(int r, int c) {
			boolean margin = r == this.rows || c == this.columns;
			return new long[] { margin ? 1 : 0, (this.counts[r][c] == 0) ? 1 : 0, this.counts[r][c] };
		}

		/** Nodes 0..R are rows, R+1..R+1+C columns; edges are hidden cells. */
		private boolean[] reachableFrom(int start) {
			int nodes = this.rows + this.columns + 2;
			boolean[] seen = new boolean[nodes];
			List<Integer> queue = new ArrayList<>(List.of(start));
			seen[start] = true;
			while (!queue.isEmpty()) {
				int node = queue.remove(queue.size() - 1);
				for (int next : neighbours(node)) {
					if (!seen[next]) {
						seen[next] = true;
						queue.add(next);
					}
				}
			}
			return seen;
		}

		private List<Integer> neighbours(int node) {
			List<Integer> next = new ArrayList<>();
			if (node <= this.rows) {
				for (int c = 0; c <= this.columns; c++) {
					if (this.hidden[node][c]) {
						next.add(this.rows + 1 + c);
					}
				}
			}
			else {
				int c = node - this.rows - 1;
				for (int r = 0; r <= this.rows; r++) {
					if (this.hidden[r][c]) {
						next.add(r);
					}
				}
			}
			return next;
		}

		/**
		 * A hidden cell on no cycle of hidden cells (Tarjan's bridges), or {@code null}.
		 */
		private int[] findBridge() {
			int nodes = this.rows + this.columns + 2;
			int[] order = new int[nodes];
			int[] low = new int[nodes];
			Arrays.fill(order, -1);
			int[] counter = { 0 };
			for (int start = 0; start < nodes; start++) {
				if (order[start] < 0) {
					int[] bridge = bridgeFrom(start, -1, order, low, counter);
					if (bridge != null) {
						return bridge;
					}
				}
			}
			return null;
		}

		private int[] bridgeFrom(int node, int parent, int[] order, int[] low, int[] counter) {
			order[node] = counter[0];
			low[node] = counter[0];
			counter[0]++;
			for (int next : neighbours(node)) {
				if (next == parent) {
					continue;
				}
				if (order[next] >= 0) {
					low[node] = Math.min(low[node], order[next]);
					continue;
				}
				int[] bridge = bridgeFrom(next, node, order, low, counter);
				if (bridge != null) {
					return bridge;
				}
				low[node] = Math.min(low[node], low[next]);
				if (low[next] > order[node]) {
					return cellOf(node, next);
				}
			}
			return null;
		}

		private int[] cellOf(int a, int b) {
			int row = Math.min(a, b);
			int column = Math.max(a, b) - this.rows - 1;
			return new int[] { row, column };
		}

		private void hideEverything() {
			for (boolean[] row : this.hidden) {
				Arrays.fill(row, true);
			}
		}

		ProtectedTable result(CountTable table, int threshold) {
			Long[][] cells = new Long[this.rows][this.columns];
			Long[] rowTotals = new Long[this.rows];
			Long[] columnTotals = new Long[this.columns];
			for (int r = 0; r < this.rows; r++) {
				for (int c = 0; c < this.columns; c++) {
					cells[r][c] = shown(r, c);
				}
				rowTotals[r] = shown(r, this.columns);
			}
			for (int c = 0; c < this.columns; c++) {
				columnTotals[c] = shown(this.rows, c);
			}
			return new ProtectedTable(table.rowDimension(), table.columnDimension(), table.rows(), table.columns(),
					cells, rowTotals, columnTotals, shown(this.rows, this.columns), threshold);
		}

		private Long shown(int r, int c) {
			return this.hidden[r][c] ? null : this.counts[r][c];
		}

	}

}
