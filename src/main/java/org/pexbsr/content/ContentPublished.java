package org.pexbsr.content;

/**
 * A new version of a document was published.
 *
 * @param collection the collection it belongs to
 * @param slug its address within the collection
 * @param lang its language
 * @param version the version number now published
 */
public record ContentPublished(String collection, String slug, String lang, int version) {

}
