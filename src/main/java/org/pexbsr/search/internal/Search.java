package org.pexbsr.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.AuditTrail;
import org.pexbsr.identity.CurrentUser;
import org.pexbsr.identity.Role;
import org.pexbsr.search.SearchEntry.Kind;

import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Searches the index for what the caller may see. Restricted entries are left out in the
 * query itself, so neither their titles nor their snippets ever leave the index for a
 * caller without the role {@code INVESTIGATOR} (the protocol's own rule); an investigator
 * shown one gets an audit record, as for reading the chapter. The words are read by
 * Lucene's simple query syntax, which never fails on what a person types.
 */
@Service
class Search {

	static final int PAGE_SIZE = 10;

	static final int LONGEST_QUERY = 200;

	static final int LAST_PAGE = 50;

	static final String RESTRICTED_SHOWN = "search.restricted.shown";

	private static final int SNIPPET_LENGTH = 180;

	private final SearchIndex index;

	private final SearchIndexer indexer;

	private final AuditTrail audit;

	Search(SearchIndex index, SearchIndexer indexer, AuditTrail audit) {
		this.index = index;
		this.indexer = indexer;
		this.audit = audit;
	}

	/**
	 * @param query the words as typed
	 * @param lang the reader's language: its versions first, English where there is none
	 * @param kind only this kind, or every kind
	 * @param page the page wanted, from 1
	 */
	SearchResults search(String query, String lang, @Nullable Kind kind, int page) {
		String words = query.strip();
		if (words.isEmpty()) {
			return SearchResults.nothing(query, lang, kind, null);
		}
		if (words.length() > LONGEST_QUERY) {
			return SearchResults.nothing(query, lang, kind, "search.tooLong");
		}
		Query parsed = parse(balanced(words), lang);
		if (parsed == null || parsed instanceof MatchNoDocsQuery) {
			return SearchResults.nothing(query, lang, kind, "search.noWords");
		}
		boolean investigator = CurrentUser.get().has(Role.INVESTIGATOR);
		Query visible = visible(parsed, lang, investigator);
		this.indexer.awaitBuilt();
		SearchResults results = this.index.read((searcher) -> run(searcher, query, lang, kind,
				Math.max(1, Math.min(page, LAST_PAGE)), parsed, visible, investigator));
		recordRestricted(results);
		return results;
	}

	/**
	 * Drops a quotation mark left open, which the parser would otherwise read as a phrase
	 * running to the end.
	 */
	private static String balanced(String words) {
		if (words.chars().filter((c) -> c == '"').count() % 2 == 0) {
			return words;
		}
		int last = words.lastIndexOf('"');
		return words.substring(0, last) + " " + words.substring(last + 1);
	}

	private @Nullable Query parse(String words, String lang) {
		String field = SearchAnalyzers.languageOf(lang);
		Map<String, Float> weights = new LinkedHashMap<>();
		weights.put(SearchAnalyzers.TITLE + field, 4f);
		weights.put(SearchAnalyzers.TEXT + field, 1f);
		if (!"en".equals(field)) {
			weights.put(SearchAnalyzers.TITLE + "en", 2f);
			weights.put(SearchAnalyzers.TEXT + "en", 0.5f);
		}
		weights.put(SearchAnalyzers.FOLDED_TITLE, 2f);
		weights.put(SearchAnalyzers.FOLDED_TEXT, 0.6f);
		SimpleQueryParser parser = new SimpleQueryParser(this.index.analyzer(), weights);
		parser.setDefaultOperator(Occur.MUST);
		return parser.parse(words);
	}

	/**
	 * The words, limited to the reader's language (and English where a thing has no
	 * version in it) and, unless the caller is an investigator, to what is not
	 * restricted.
	 */
	private static Query visible(Query parsed, String lang, boolean investigator) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(parsed, Occur.MUST)
			.add(languages(SearchAnalyzers.languageOf(lang)), Occur.FILTER);
		if (!investigator) {
			query.add(new TermQuery(new Term(SearchIndex.RESTRICTED, "true")), Occur.MUST_NOT);
		}
		return query.build();
	}

	private static Query languages(String lang) {
		Query english = new TermQuery(new Term(SearchIndex.LANG, "en"));
		if ("en".equals(lang)) {
			return english;
		}
		Query untranslated = new BooleanQuery.Builder().add(english, Occur.MUST)
			.add(new TermQuery(new Term(SearchIndex.TRANSLATION, lang)), Occur.MUST_NOT)
			.build();
		return new BooleanQuery.Builder().add(new TermQuery(new Term(SearchIndex.LANG, lang)), Occur.SHOULD)
			.add(untranslated, Occur.SHOULD)
			.build();
	}

	private SearchResults run(IndexSearcher searcher, String query, String lang, @Nullable Kind kind, int page,
			Query parsed, Query visible, boolean investigator) throws IOException {
		Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
		for (Kind each : Kind.values()) {
			byKind.put(each, searcher.count(ofKind(visible, each)));
		}
		Query wanted = (kind != null) ? ofKind(visible, kind) : visible;
		int total = (kind != null) ? byKind.get(kind) : byKind.values().stream().mapToInt(Integer::intValue).sum();
		ScoreDoc[] top = searcher.search(wanted, page * PAGE_SIZE).scoreDocs;
		List<SearchHit> hits = new ArrayList<>();
		for (int i = (page - 1) * PAGE_SIZE; i < top.length; i++) {
			Document document = searcher.storedFields().document(top[i].doc);
			boolean restricted = Boolean.parseBoolean(document.get(SearchIndex.RESTRICTED));
			if (restricted && !investigator) {
				continue; // the query leaves these out; this is the second lock on the
							// door
			}
			hits.add(hit(document, parsed, restricted));
		}
		int pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
		return new SearchResults(query, lang, kind, page, Math.min(pages, LAST_PAGE), total, byKind, hits, null);
	}

	private static Query ofKind(Query visible, Kind kind) {
		return new BooleanQuery.Builder().add(visible, Occur.MUST)
			.add(new TermQuery(new Term(SearchIndex.KIND, kind.name())), Occur.FILTER)
			.build();
	}

	private SearchHit hit(Document document, Query parsed, boolean restricted) {
		String lang = document.get(SearchIndex.LANG);
		String text = document.get(SearchIndex.TEXT);
		String snippet = highlight(parsed, SearchAnalyzers.TEXT + SearchAnalyzers.languageOf(lang), text);
		if (snippet.isEmpty()) {
			snippet = highlight(parsed, SearchAnalyzers.FOLDED_TEXT, text);
		}
		if (snippet.isEmpty()) {
			snippet = escape(opening(text));
		}
		return new SearchHit(document.get(SearchIndex.TITLE), Kind.valueOf(document.get(SearchIndex.KIND)), lang,
				document.get(SearchIndex.HREF), snippet, restricted);
	}

	/**
	 * The best passages of the text with the words found marked. The highlighter escapes
	 * all text itself; the only markup in its answer is the {@code <mark>} it adds.
	 */
	private String highlight(Query parsed, String field, String text) {
		QueryScorer scorer = new QueryScorer(parsed, field);
		Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), Search::escape, scorer);
		highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, SNIPPET_LENGTH));
		highlighter.setMaxDocCharsToAnalyze(Math.max(text.length(), 1));
		Analyzer analyzer = this.index.analyzer();
		try {
			return String.join(" … ", highlighter.getBestFragments(analyzer.tokenStream(field, text), text, 2));
		}
		catch (IOException | InvalidTokenOffsetsException | RuntimeException ex) {
			// The highlighter cannot take every query (a fuzzy word can fail in its
			// in-memory copy of the text); the hit then shows the opening of its text.
			return "";
		}
	}

	private static String opening(String text) {
		if (text.length() <= SNIPPET_LENGTH) {
			return text;
		}
		int end = text.lastIndexOf(' ', SNIPPET_LENGTH);
		return text.substring(0, (end > 0) ? end : SNIPPET_LENGTH) + " …";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private void recordRestricted(SearchResults results) {
		results.hits()
			.stream()
			.filter(SearchHit::restricted)
			.forEach(
					(hit) -> this.audit.record(RESTRICTED_SHOWN, hit.href().substring(1), "snippet in search results"));
	}

}
