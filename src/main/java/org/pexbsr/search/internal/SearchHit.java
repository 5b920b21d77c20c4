package org.pexbsr.search.internal;

import org.pexbsr.search.SearchEntry.Kind;

/**
 * One hit as the page and the API show it.
 *
 * @param title the title as plain text
 * @param kind what it is
 * @param lang the language it is written in
 * @param href the page where it is read
 * @param snippet where the words were found, as HTML: the text escaped, the words found
 * in {@code <mark>} and nothing else
 * @param restricted whether it is restricted to law-enforcement accounts
 */
record SearchHit(String title, Kind kind, String lang, String href, String snippet, boolean restricted) {

}
