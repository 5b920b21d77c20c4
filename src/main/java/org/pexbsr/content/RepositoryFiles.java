package org.pexbsr.content;

import java.util.List;

/**
 * What one load of {@code content/} found for a collection: its Markdown documents and
 * its other files.
 */
public interface RepositoryFiles {

	/** Nothing: a load of single documents, as tests make. */
	RepositoryFiles NONE = new RepositoryFiles() {
		@Override
		public List<RepositoryDocument> documents(String collection) {
			return List.of();
		}

		@Override
		public List<RepositoryFile> files(String collection) {
			return List.of();
		}
	};

	/** The collection's Markdown documents, in every language. */
	List<RepositoryDocument> documents(String collection);

	/**
	 * The collection's YAML files at any depth ({@code *.yaml}, {@code *.yml}), sorted by
	 * path; where two locations hold the same path only the first location's file is
	 * listed.
	 */
	List<RepositoryFile> files(String collection);

}
