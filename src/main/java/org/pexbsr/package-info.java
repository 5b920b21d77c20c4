/**
 * The PEX-BSR Platform. Each direct sub-package is a module whose top package is its
 * public face and whose {@code internal} package is hidden from the others;
 * {@code ModularityTests} holds every build to that.
 */
@NullMarked
package org.pexbsr;

import org.jspecify.annotations.NullMarked;
