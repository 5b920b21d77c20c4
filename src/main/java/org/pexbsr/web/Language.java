package org.pexbsr.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the interface is offered in, with its own name for itself.
 *
 * @param tag the BCP 47 language tag, such as {@code uk}
 * @param nativeName the language's name in that language, such as {@code Українська}
 */
public record Language(String tag, String nativeName) {

	/** English first, then the languages of the member countries and Ukraine. */
	public static final List<Language> ALL = List.of(new Language("en", "English"), new Language("da", "Dansk"),
			new Language("de", "Deutsch"), new Language("et", "Eesti"), new Language("fi", "Suomi"),
			new Language("is", "Íslenska"), new Language("lv", "Latviešu"), new Language("lt", "Lietuvių"),
			new Language("nb", "Norsk bokmål"), new Language("pl", "Polski"), new Language("sv", "Svenska"),
			new Language("uk", "Українська"));

	public static final Language ENGLISH = ALL.get(0);

	public Locale locale() {
		return Locale.forLanguageTag(this.tag);
	}

	/**
	 * The supported language for a locale, treating Norwegian {@code no} and {@code nn}
	 * as bokmål.
	 */
	public static Optional<Language> of(Locale locale) {
		String language = locale.getLanguage();
		String wanted = ("no".equals(language) || "nn".equals(language)) ? "nb" : language;
		return ALL.stream().filter((candidate) -> candidate.tag.equals(wanted)).findFirst();
	}

}
