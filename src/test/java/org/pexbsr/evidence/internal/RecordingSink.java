package org.pexbsr.evidence.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps what a reader hands over, for tests of readers without a database.
 */
class RecordingSink implements ObservationSink {

	final List<DatasetDescription> datasets = new ArrayList<>();

	final List<ObservationRow> rows = new ArrayList<>();

	final List<ImportReport.SkippedRow> skipped = new ArrayList<>();

	final List<CaseRecord> cases = new ArrayList<>();

	@Override
	public void acceptCase(CaseRecord record) {
		this.cases.add(record);
	}

	@Override
	public void begin(DatasetDescription dataset) {
		this.datasets.add(dataset);
	}

	@Override
	public void accept(ObservationRow row) {
		this.rows.add(row);
	}

	@Override
	public void skip(int line, String reason) {
		this.skipped.add(new ImportReport.SkippedRow(line, reason));
	}

	private final Map<Integer, ObservationRow> byLine = new HashMap<>();

	/** The first row read from a line. */
	ObservationRow at(int line) {
		if (this.byLine.isEmpty()) {
			this.rows.forEach((row) -> this.byLine.putIfAbsent(row.line(), row));
		}
		ObservationRow row = this.byLine.get(line);
		if (row == null) {
			throw new AssertionError("no row was read from line " + line);
		}
		return row;
	}

}
