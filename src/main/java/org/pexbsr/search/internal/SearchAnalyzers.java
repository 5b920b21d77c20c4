package org.pexbsr.search.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.pexbsr.web.Language;

/**
 * How each field's text becomes terms. Every entry is indexed twice: once in its own
 * language's field, with that language's stemming and stop words (Lucene has no Icelandic
 * analyser, so Icelandic gets the standard one), and once in a folded field that only
 * lower-cases and folds diacritics, so that "Lodz" finds "Łódź", a citation such as
 * "189a" is found whatever the language, and a word in another language than the reader's
 * still matches.
 */
final class SearchAnalyzers {

	static final String TITLE = "title_";

	static final String TEXT = "text_";

	static final String FOLDED_TITLE = "title_folded";

	static final String FOLDED_TEXT = "text_folded";

	private static final Map<String, Supplier<Analyzer>> BY_LANGUAGE = Map.ofEntries(
			Map.entry("en", EnglishAnalyzer::new), Map.entry("da", DanishAnalyzer::new),
			Map.entry("de", GermanAnalyzer::new), Map.entry("et", EstonianAnalyzer::new),
			Map.entry("fi", FinnishAnalyzer::new), Map.entry("lv", LatvianAnalyzer::new),
			Map.entry("lt", LithuanianAnalyzer::new), Map.entry("nb", NorwegianAnalyzer::new),
			Map.entry("pl", PolishAnalyzer::new), Map.entry("sv", SwedishAnalyzer::new),
			Map.entry("uk", UkrainianMorfologikAnalyzer::new));

	private SearchAnalyzers() {
	}

	/**
	 * One analyser that picks each field's own. Each language's analyser is made when a
	 * field of it is first analysed, so that the Polish and Ukrainian dictionaries are
	 * loaded only on a platform that has text in those languages or readers searching in
	 * them.
	 */
	static Analyzer perField() {
		Analyzer folded = folded();
		Analyzer standard = new StandardAnalyzer();
		Map<String, Analyzer> byLanguage = new ConcurrentHashMap<>();
		return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
			@Override
			protected Analyzer getWrappedAnalyzer(String fieldName) {
				if (fieldName.equals(FOLDED_TITLE) || fieldName.equals(FOLDED_TEXT)) {
					return folded;
				}
				String lang = fieldName.startsWith(TITLE) ? fieldName.substring(TITLE.length())
						: fieldName.startsWith(TEXT) ? fieldName.substring(TEXT.length()) : "";
				Supplier<Analyzer> analyzer = BY_LANGUAGE.get(lang);
				return (analyzer != null) ? byLanguage.computeIfAbsent(lang, (key) -> analyzer.get()) : standard;
			}
		};
	}

	/** The language field for a language the platform offers, else English's. */
	static String languageOf(String lang) {
		return Language.ALL.stream().anyMatch((language) -> language.tag().equals(lang)) ? lang : "en";
	}

	private static Analyzer folded() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
				return new TokenStreamComponents(tokenizer, stream);
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}
		};
	}

}
