/**
 * The shell every page shares: layout, languages, error pages and the API's error shape.
 */
@NullMarked
package org.pexbsr.web;

import org.jspecify.annotations.NullMarked;
