package org.pexbsr.content;

import java.util.Map;

/**
 * A Markdown document as the loader read it from its file, for modules that check their
 * own collection's rules.
 *
 * @param path its path below {@code content/}, such as
 * {@code protocol/en/01-legal-framework.md}
 * @param lang its language folder
 * @param slug its address within the collection
 * @param position its reading order
 * @param restricted whether only law-enforcement accounts may read it
 * @param frontMatter the front matter as parsed
 * @param body the Markdown body
 */
public record RepositoryDocument(String path, String lang, String slug, int position, boolean restricted,
		Map<String, Object> frontMatter, String body) {

}
