package org.pexbsr.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A published document as a list shows it, without its text.
 *
 * @param collection the part of the platform it belongs to, such as {@code protocol}
 * @param slug its address within the collection
 * @param lang the language it is written in, which may differ from the one asked for when
 * no translation exists
 * @param title its title
 * @param summary one or two sentences on what it covers, if the author gave them
 * @param position its place in the collection's reading order
 * @param restricted whether only law-enforcement accounts may read it
 * @param version the published version number
 * @param publishedAt when that version was published
 */
public record DocumentSummary(String collection, String slug, String lang, String title, @Nullable String summary,
		int position, boolean restricted, int version, Instant publishedAt) {

}
