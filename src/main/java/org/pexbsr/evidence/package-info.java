/**
 * The evidence overview: official statistics imported from their publishers' files, with
 * every figure's source and flags kept beside it.
 */
@NullMarked
package org.pexbsr.evidence;

import org.jspecify.annotations.NullMarked;
