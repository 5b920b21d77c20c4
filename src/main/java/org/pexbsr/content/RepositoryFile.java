package org.pexbsr.content;

import java.nio.charset.StandardCharsets;

/**
 * A file from {@code content/} that is not a Markdown document, such as a YAML record.
 *
 * @param path its path below {@code content/}, such as {@code protocol/law/pl.yaml}
 * @param bytes its contents
 * @param rank which of the configured content locations it came from, 0 for the first;
 * the first location that has a file wins over later ones
 */
public record RepositoryFile(String path, byte[] bytes, int rank) {

	public String text() {
		return new String(this.bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
	}

	/** The path below the collection's folder, such as {@code law/pl.yaml}. */
	public String pathInCollection() {
		return this.path.substring(this.path.indexOf('/') + 1);
	}

}
