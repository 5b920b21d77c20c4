package org.pexbsr.content.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pexbsr.content.RepositoryDocument;

/**
 * One Markdown file from {@code content/}, split into its front matter and body.
 *
 * @param collection the folder below {@code content/}, such as {@code protocol}
 * @param lang the language folder, such as {@code en}
 * @param slug the address, from the front matter or else the file name without its order
 * prefix
 * @param title the title from the front matter
 * @param summary the summary from the front matter, if any
 * @param position the reading order, from {@code order} in the front matter
 * @param restricted whether only law-enforcement accounts may read it
 * @param frontMatterYaml the front matter as written
 * @param frontMatter the front matter as parsed
 * @param body the Markdown body
 * @param hash SHA-256 of the whole file, to tell whether it changed since it was last
 * loaded
 * @param path the file's path below {@code content/}
 */
record SourceDocument(String collection, String lang, String slug, String title, @Nullable String summary, int position,
		boolean restricted, String frontMatterYaml, Map<String, Object> frontMatter, String body, String hash,
		String path) {

	RepositoryDocument asRepositoryDocument() {
		return new RepositoryDocument(this.path, this.lang, this.slug, this.position, this.restricted, this.frontMatter,
				this.body);
	}

}
