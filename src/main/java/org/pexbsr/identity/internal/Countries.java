package org.pexbsr.identity.internal;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ISO 3166-1 alpha-2 country codes, with their names in the reader's language.
 */
final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private Countries() {
	}

	static boolean isKnown(String code) {
		return CODES.contains(code);
	}

	/** Every country, by its name in the language given. */
	static List<Country> all(Locale language) {
		Collator collator = Collator.getInstance(language);
		return Arrays.stream(Locale.getISOCountries())
			.map((code) -> new Country(code, name(code, language)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

	static String name(String code, Locale language) {
		if (!isKnown(code)) {
			return code;
		}
		return new Locale("", code).getDisplayCountry(language);
	}

	/**
	 * @param code the ISO 3166-1 alpha-2 code
	 * @param name its name in the reader's language
	 */
	record Country(String code, String name) {

	}

}
