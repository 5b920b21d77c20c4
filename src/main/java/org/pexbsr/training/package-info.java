/**
 * The online course for embassy and consular staff on assisting and protecting victims
 * abroad.
 */
@NullMarked
package org.pexbsr.training;

import org.jspecify.annotations.NullMarked;
