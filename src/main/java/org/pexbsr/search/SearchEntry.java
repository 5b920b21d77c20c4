package org.pexbsr.search;

/**
 * One thing a reader can find: a record a module offers beside its published documents,
 * such as a provision of national law.
 *
 * @param id unique among every module's entries, such as {@code provision:PL/pl-kk-189a}
 * @param kind what it is
 * @param lang the language it is written in
 * @param title its title as plain text
 * @param text what it says as plain text, searched and quoted in the snippet
 * @param href the page where it is read, relative to the site
 * @param restricted whether only law-enforcement accounts may find it
 */
public record SearchEntry(String id, Kind kind, String lang, String title, String text, String href,
		boolean restricted) {

	/** The kinds of thing the index holds, each a filter on the search page. */
	public enum Kind {

		/** A chapter of the Investigation Protocol. */
		CHAPTER,

		/** A provision of law of one jurisdiction. */
		PROVISION,

		/** An indicator of trafficking for sexual exploitation. */
		INDICATOR,

		/** A statistical dataset or a dataset of case records. */
		DATASET,

		/** A study of the evidence overview. */
		STUDY

	}

}
