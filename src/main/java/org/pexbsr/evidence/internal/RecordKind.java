package org.pexbsr.evidence.internal;

/**
 * What a dataset's rows are: figures, one per country, period and series, or case-level
 * records, one per registered person, that are only ever shown in aggregate.
 */
enum RecordKind {

	OBSERVATIONS("observations"), CASE_RECORDS("case-records");

	private final String code;

	RecordKind(String code) {
		this.code = code;
	}

	/** The value stored in {@code evidence_dataset.record_kind}. */
	String code() {
		return this.code;
	}

	static RecordKind ofCode(String code) {
		for (RecordKind kind : values()) {
			if (kind.code.equals(code)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("Unknown record kind '" + code + "'");
	}

}
