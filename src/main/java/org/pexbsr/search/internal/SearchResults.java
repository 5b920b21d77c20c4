package org.pexbsr.search.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pexbsr.search.SearchEntry.Kind;

/**
 * One page of hits.
 *
 * @param query the words searched for, as given
 * @param lang the language searched in (English versions count where there is no
 * translation)
 * @param kind the kind the hits were limited to, or {@code null} for every kind
 * @param page the page number, from 1
 * @param pages how many pages there are
 * @param total how many hits there are of the kind asked for
 * @param byKind how many hits there are of each kind, for the filters
 * @param hits this page's hits, best first
 * @param problem the message key of why nothing was searched, or {@code null}
 */
record SearchResults(String query, String lang, @Nullable Kind kind, int page, int pages, int total,
		Map<Kind, Integer> byKind, List<SearchHit> hits, @Nullable String problem) {

	static SearchResults nothing(String query, String lang, @Nullable Kind kind, @Nullable String problem) {
		return new SearchResults(query, lang, kind, 1, 0, 0, Map.of(), List.of(), problem);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pages;
	}

}
