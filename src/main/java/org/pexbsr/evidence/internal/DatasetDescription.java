package org.pexbsr.evidence.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a dataset is and where it comes from, as its reader knows it.
 *
 * @param code the platform's code for it, such as {@code unodc-glotip}
 * @param title its title in English
 * @param publisher who publishes it
 * @param sourceUrl where the publisher offers it
 * @param licence the terms it may be used under
 * @param releaseLabel the publisher's release or update date as given in the file, if it
 * gives one
 * @param kind whether it holds figures or case-level records
 */
record DatasetDescription(String code, String title, String publisher, @Nullable String sourceUrl,
		@Nullable String licence, @Nullable String releaseLabel, RecordKind kind) {

	/** A dataset of figures. */
	DatasetDescription(String code, String title, String publisher, @Nullable String sourceUrl,
			@Nullable String licence, @Nullable String releaseLabel) {
		this(code, title, publisher, sourceUrl, licence, releaseLabel, RecordKind.OBSERVATIONS);
	}

	DatasetDescription withRelease(@Nullable String release) {
		return new DatasetDescription(this.code, this.title, this.publisher, this.sourceUrl, this.licence, release,
				this.kind);
	}

}
