package org.pexbsr.evidence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Disclosure control on constructed tables: no small group is shown, and no hidden cell
 * can be worked out from what is shown, checked by an independent attacker that solves
 * the table's equations.
 */
class DisclosureControlTests {

	private final DisclosureControl control = new DisclosureControl(11);

	@Test
	void leaksASmallCellUnderPrimarySuppressionAloneButNotUnderFullControl() {
		CountTable table = table(new long[][] { { 20, 3, 30 }, { 25, 40, 35 }, { 50, 45, 60 } });

		ProtectedTable primary = this.control.primaryOnly(table);
		ProtectedTable full = this.control.protect(table);

		assertThat(primary.cells()[0][1]).isNull();
		assertThat(TableAttacker.recover(primary)).containsEntry("0,1", 3L);
		assertThat(full.cells()[0][1]).isNull();
		assertThat(full.hiddenCount()).isGreaterThanOrEqualTo(4);
		assertThat(TableAttacker.recover(full)).isEmpty();
	}

	@Test
	void protectsACellThatTwoHiddenPerRowAndColumnWouldStillLeak() {
		// Two blocks of small cells, joined by one small cell at row 1, column 2. Every
		// row
		// and column holds 0 or at least 2 hidden cells, the usual rule, yet the joining
		// cell
		// follows from the totals of rows 0-1 less those of columns 0-1.
		CountTable table = table(new long[][] { { 2, 3, 40, 50, 60 }, { 4, 5, 6, 70, 80 }, { 90, 60, 7, 8, 50 },
				{ 55, 65, 9, 10, 45 }, { 30, 35, 40, 45, 50 } });

		ProtectedTable primary = this.control.primaryOnly(table);
		ProtectedTable full = this.control.protect(table);

		assertThat(hiddenPerLine(primary)).allMatch((hidden) -> hidden == 0 || hidden >= 2);
		assertThat(TableAttacker.recover(primary)).containsEntry("1,2", 6L);
		assertThat(TableAttacker.recover(full)).isEmpty();
	}

	@Test
	void hidesAMarginBelowTheThresholdAndWhatWouldGiveItAway() {
		CountTable table = table(new long[][] { { 2, 3, 0 }, { 30, 40, 50 }, { 25, 35, 45 } });

		ProtectedTable full = this.control.protect(table);

		assertThat(full.rowTotals()[0]).isNull();
		assertThat(full.cells()[0][2]).isEqualTo(0L);
		assertThat(TableAttacker.recover(full)).isEmpty();
	}

	@Test
	void showsATableWithoutSmallGroupsAsItIs() {
		CountTable table = table(new long[][] { { 20, 0, 30 }, { 25, 40, 35 } });

		ProtectedTable full = this.control.protect(table);

		assertThat(full.cells()).isDeepEqualTo(new Long[][] { { 20L, 0L, 30L }, { 25L, 40L, 35L } });
		assertThat(full.rowTotals()).containsExactly(50L, 100L);
		assertThat(full.columnTotals()).containsExactly(45L, 40L, 65L);
		assertThat(full.total()).isEqualTo(150L);
	}

	@Test
	void hidesEverythingOfATableWhoseTotalIsSmall() {
		ProtectedTable full = this.control.protect(table(new long[][] { { 1, 2 }, { 3, 0 } }));

		assertThat(full.total()).isNull();
		assertThat(TableAttacker.recover(full)).isEmpty();
		assertThat(shown(full)).allMatch((value) -> value == 0 || value >= 11);
	}

	@Test
	void neverShowsASmallGroupNorLeaksAHiddenOneInManyRandomTables() {
		Random random = new Random(20261203);
		for (int round = 0; round < 300; round++) {
			int rows = 1 + random.nextInt(6);
			int columns = 1 + random.nextInt(6);
			long[][] counts = new long[rows][columns];
			for (long[] row : counts) {
				for (int c = 0; c < columns; c++) {
					row[c] = switch (random.nextInt(4)) {
						case 0 -> 0;
						case 1 -> 1 + random.nextInt(10);
						default -> 11 + random.nextInt(90);
					};
				}
			}
			CountTable table = table(counts);

			ProtectedTable full = this.control.protect(table);

			assertThat(shown(full)).as("round %d", round).allMatch((value) -> value == 0 || value >= 11);
			assertThat(TableAttacker.recover(full)).as("round %d: %s", round, java.util.Arrays.deepToString(counts))
				.isEmpty();
			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < columns; c++) {
					Long cell = full.cells()[r][c];
					assertThat(cell == null || cell == counts[r][c]).isTrue();
				}
			}
		}
	}

	@Test
	void usesTheConfiguredThreshold() {
		CountTable table = table(new long[][] { { 20, 3, 30 }, { 25, 40, 35 } });

		assertThat(new DisclosureControl(3).protect(table).cells()[0][1]).isEqualTo(3L);
		assertThat(new DisclosureControl(4).protect(table).cells()[0][1]).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> new DisclosureControl(1))
			.withMessageContaining("pex.evidence.disclosure.threshold");
	}

	private static CountTable table(long[][] counts) {
		List<String> rows = new ArrayList<>();
		for (int r = 0; r < counts.length; r++) {
			rows.add("row " + r);
		}
		List<String> columns = new ArrayList<>();
		for (int c = 0; c < counts[0].length; c++) {
			columns.add(String.valueOf(2015 + c));
		}
		return new CountTable("country", "year", rows, columns, counts);
	}

	private static List<Integer> hiddenPerLine(ProtectedTable table) {
		List<Integer> lines = new ArrayList<>();
		int rows = table.rows().size();
		int columns = table.columns().size();
		for (int r = 0; r < rows; r++) {
			int hidden = (table.rowTotals()[r] == null) ? 1 : 0;
			for (int c = 0; c < columns; c++) {
				hidden += (table.cells()[r][c] == null) ? 1 : 0;
			}
			lines.add(hidden);
		}
		for (int c = 0; c < columns; c++) {
			int hidden = (table.columnTotals()[c] == null) ? 1 : 0;
			for (int r = 0; r < rows; r++) {
				hidden += (table.cells()[r][c] == null) ? 1 : 0;
			}
			lines.add(hidden);
		}
		return lines;
	}

	private static List<Long> shown(ProtectedTable table) {
		List<Long> shown = new ArrayList<>();
		for (Long[] row : table.cells()) {
			for (Long cell : row) {
				if (cell != null) {
					shown.add(cell);
				}
			}
		}
		for (Long total : table.rowTotals()) {
			if (total != null) {
				shown.add(total);
			}
		}
		for (Long total : table.columnTotals()) {
			if (total != null) {
				shown.add(total);
			}
		}
		if (table.total() != null) {
			shown.add(table.total());
		}
		return shown;
	}

}
