package org.pexbsr.search.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.pexbsr.web.InvalidRequestException;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search as JSON for phone apps and other systems. Restricted entries are found only
 * with an investigator's session, so the answer is never stored by a shared cache.
 */
@RestController
@Tag(name = "Search", description = "One search over the chapters, law, indicators, datasets and studies")
class SearchApiController {

	private final Search search;

	SearchApiController(Search search) {
		this.search = search;
	}

	@GetMapping("/api/v1/search")
	@Operation(summary = "Search everything published that the caller may see",
			description = "The words are read in Lucene's simple syntax: \"a phrase\", + for and, | for or, "
					+ "- to exclude, * at the end of a word for a prefix; every word must match by default. "
					+ "Restricted chapters are found only by accounts with the role INVESTIGATOR. Snippets are "
					+ "HTML: the text escaped, the words found in <mark>.")
	ResponseEntity<SearchResponse> search(
			@Parameter(description = "the words, at most 200 characters") @RequestParam(defaultValue = "") String q,
			@Parameter(description = "language searched in; English versions count where there is no "
					+ "translation; the interface language when left out") @RequestParam(
							required = false) @Nullable String lang,
			@Parameter(
					description = "chapter, provision, indicator, dataset or study; every kind when left out") @RequestParam(
							required = false) @Nullable String kind,
			@Parameter(description = "page of ten hits, from 1") @RequestParam(defaultValue = "1") int page,
			Locale locale) {
		if (q.strip().length() > Search.LONGEST_QUERY) {
			throw new InvalidRequestException("q", "q may be at most " + Search.LONGEST_QUERY + " characters");
		}
		if (page < 1) {
			throw new InvalidRequestException("page", "page counts from 1");
		}
		SearchResults results = this.search.search(q, SearchRequests.language(lang, locale), SearchRequests.kind(kind),
				page);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate()).body(SearchResponse.of(results));
	}

	/**
	 * @param byKind how many hits there are of each kind, by lower-case kind
	 * @param problem why nothing was searched (no words that can be searched for), or
	 * {@code null}
	 */
	record SearchResponse(String query, String lang, @Nullable String kind, int page, int pages, int total,
			Map<String, Integer> byKind, List<Hit> hits, @Nullable String problem) {

		static SearchResponse of(SearchResults results) {
			Map<String, Integer> byKind = results.byKind()
				.entrySet()
				.stream()
				.collect(Collectors.toMap((entry) -> SearchRequests.name(entry.getKey()), Map.Entry::getValue,
						(a, b) -> a, java.util.LinkedHashMap::new));
			return new SearchResponse(results.query(), results.lang(),
					(results.kind() != null) ? SearchRequests.name(results.kind()) : null, results.page(),
					results.pages(), results.total(), byKind, results.hits().stream().map(Hit::of).toList(),
					(results.problem() != null) ? "no words that can be searched for" : null);
		}

	}

	/**
	 * @param snippet HTML: the text escaped, the words found in {@code <mark>}
	 */
	record Hit(String title, String kind, String lang, String href, String snippet, boolean restricted) {

		static Hit of(SearchHit hit) {
			return new Hit(hit.title(), SearchRequests.name(hit.kind()), hit.lang(), hit.href(), hit.snippet(),
					hit.restricted());
		}

	}

}
