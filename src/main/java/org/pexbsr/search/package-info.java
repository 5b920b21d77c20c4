/**
 * One Lucene index over everything the platform publishes: the chapters and studies of
 * the content library, and the records other modules offer as {@link SearchSource}s
 * (provisions, indicators, datasets). Each node keeps its own index under
 * {@code pex.data-dir/search} and rebuilds it from the database; restricted entries are
 * found only by callers who may read them.
 */
@NullMarked
package org.pexbsr.search;

import org.jspecify.annotations.NullMarked;
