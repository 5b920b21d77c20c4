package org.pexbsr.content;

/**
 * A heading inside a document, for its table of contents.
 *
 * @param level 1 to 6, as in HTML
 * @param id the anchor the heading carries in the rendered page
 * @param text the heading's plain text
 */
public record Heading(int level, String id, String text) {

}
