package org.pexbsr.search.internal;

import java.util.Set;

import org.pexbsr.search.SearchEntry;

/**
 * An entry as the index stores it.
 *
 * @param entry what the reader finds
 * @param origin {@link #DOCUMENT} for a published document, {@link #RECORD} for a
 * module's record; each is replaced as a whole when it changes
 * @param key the same for every language version of one thing, such as
 * {@code protocol/legal-framework}
 * @param translations the languages that thing exists in, so that a reader is shown the
 * English version only where there is none in their language
 */
record Indexable(SearchEntry entry, String origin, String key, Set<String> translations) {

	static final String DOCUMENT = "document";

	static final String RECORD = "record";

	static Indexable record(SearchEntry entry) {
		return new Indexable(entry, RECORD, entry.id(), Set.of(entry.lang()));
	}

}
