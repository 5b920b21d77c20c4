package org.pexbsr.search;

import java.util.List;
import java.util.Optional;

import org.pexbsr.content.DocumentSummary;

/**
 * What a module offers to the search index: the content collections it shows as pages,
 * and records of its own. The index calls every such bean when it is built and whenever a
 * document is published or a dataset imported, so the module decides where each hit links
 * to and what is restricted, and the search module never reaches into it.
 */
public interface SearchSource {

	/** The content collections this module shows, with where their documents are read. */
	default List<Shelf> shelves() {
		return List.of();
	}

	/**
	 * Whether only law-enforcement accounts may find a document of one of its
	 * collections; the document's own mark unless the module knows better.
	 */
	default boolean restricted(DocumentSummary document) {
		return document.restricted();
	}

	/** The module's own records, read fresh on every call. */
	default List<SearchEntry> entries() {
		return List.of();
	}

	/** The shelf that holds a collection, if this source has one. */
	default Optional<Shelf> shelf(String collection) {
		return shelves().stream().filter((shelf) -> shelf.collection().equals(collection)).findFirst();
	}

	/**
	 * A content collection as the module shows it.
	 *
	 * @param collection the collection's name in the content library, such as
	 * {@code protocol}
	 * @param kind what its documents are
	 * @param pagePrefix the address a document's slug is appended to, such as
	 * {@code /protocol/}
	 */
	record Shelf(String collection, SearchEntry.Kind kind, String pagePrefix) {

		public String href(String slug) {
			return this.pagePrefix + slug;
		}

	}

}
