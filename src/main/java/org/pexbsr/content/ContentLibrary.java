package org.pexbsr.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Published documents for the modules that show them. A document asked for in a language
 * it has not been translated into comes in English; {@link DocumentSummary#lang()} says
 * which language was served.
 */
public interface ContentLibrary {

	/**
	 * The published version of one document, in the wanted language if it exists, else in
	 * English.
	 */
	Optional<PublishedDocument> published(String collection, String slug, Locale wanted);

	/**
	 * Every published document of a collection in reading order, each in the wanted
	 * language where it exists.
	 */
	List<DocumentSummary> published(String collection, Locale wanted);

	/**
	 * Every version of one document in one language, oldest first, drafts included; empty
	 * when there is no such document.
	 */
	List<DocumentVersion> history(String collection, String slug, String lang);

}
