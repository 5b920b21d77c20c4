/**
 * The programme's own writing: multilingual Markdown documents with versions, loaded from
 * {@code content/} in the repository and served to the other modules as published,
 * sanitised HTML.
 */
@NullMarked
package org.pexbsr.content;

import org.jspecify.annotations.NullMarked;
