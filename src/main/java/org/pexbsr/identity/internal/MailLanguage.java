package org.pexbsr.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language an invitation can be written in: the interface's languages. They are listed
 * here again rather than taken from {@code web.Language} because the web module depends
 * on this one, and modules may not depend on each other both ways.
 *
 * @param tag the BCP 47 language tag
 * @param nativeName the language's name in that language
 */
record MailLanguage(String tag, String nativeName) {

	static final List<String> TAGS = List.of("en", "da", "de", "et", "fi", "is", "lv", "lt", "nb", "pl", "sv", "uk");

	static List<MailLanguage> all() {
		return TAGS.stream().map(MailLanguage::of).toList();
	}

	/** The language of the tag, or English for a tag the interface does not offer. */
	static Locale locale(String tag) {
		return Locale.forLanguageTag(TAGS.contains(tag) ? tag : "en");
	}

	/** The offered language closest to the locale, or English. */
	static String tagOf(Locale locale) {
		String language = "no".equals(locale.getLanguage()) ? "nb" : locale.getLanguage();
		return Optional.of(language).filter(TAGS::contains).orElse("en");
	}

	private static MailLanguage of(String tag) {
		Locale locale = Locale.forLanguageTag(tag);
		String name = locale.getDisplayLanguage(locale);
		return new MailLanguage(tag, name.substring(0, 1).toUpperCase(locale) + name.substring(1));
	}

}
