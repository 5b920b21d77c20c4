package org.pexbsr.search.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.pexbsr.search.SearchEntry.Kind;
import org.pexbsr.web.InvalidRequestException;
import org.pexbsr.web.Language;

/** Reads the parameters the page and the API share. */
final class SearchRequests {

	private SearchRequests() {
	}

	/** The kind named in lower case, such as {@code provision}; {@code null} for all. */
	static @Nullable Kind kind(@Nullable String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		for (Kind candidate : Kind.values()) {
			if (candidate.name().equalsIgnoreCase(kind.strip())) {
				return candidate;
			}
		}
		throw new InvalidRequestException("kind", "kind must be one of chapter, provision, indicator, dataset, study");
	}

	/** The language asked for, else the page's; English when neither is offered. */
	static String language(@Nullable String lang, Locale locale) {
		Locale wanted = (lang != null && !lang.isBlank()) ? Locale.forLanguageTag(lang.strip()) : locale;
		return Language.of(wanted).orElse(Language.ENGLISH).tag();
	}

	static String name(@Nullable Kind kind) {
		return (kind != null) ? kind.name().toLowerCase(Locale.ROOT) : "";
	}

}
