/**
 * Material for schools and youth on new forms of sexual exploitation, and where young
 * people can get help.
 */
@NullMarked
package org.pexbsr.schools;

import org.jspecify.annotations.NullMarked;
