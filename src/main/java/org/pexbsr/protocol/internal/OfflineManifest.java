package org.pexbsr.protocol.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a browser stores to keep a national edition readable with no connection.
 *
 * @param country the country's code
 * @param name the country's name
 * @param lang the edition's language
 * @param version the edition's version
 * @param releasedAt when this version was first served
 * @param restrictedIncluded whether restricted chapters are among the pages; a browser
 * forgets those when its user signs out
 * @param pages the pages of the edition
 * @param assets the style sheets, scripts and images the pages need
 */
record OfflineManifest(String country, String name, String lang, int version, Instant releasedAt,
		boolean restrictedIncluded, List<String> pages, List<String> assets) {

	static final List<String> ASSETS = List.of("/css/pex.css", "/images/favicon.svg", "/js/protocol-offline.js",
			"/js/protocol-checklist.js", "/protocol/offline");

	static OfflineManifest of(Edition edition) {
		String base = "/protocol/editions/" + edition.country().code();
		List<String> pages = new ArrayList<>();
		pages.add(base);
		pages.add(base + "/law");
		edition.chapters().forEach((chapter) -> pages.add(base + "/" + chapter.summary().slug()));
		edition.checklists().forEach((checklist) -> pages.add("/protocol/checklists/" + checklist.id()));
		return new OfflineManifest(edition.country().code(), edition.country().name(), edition.language().tag(),
				edition.release().version(), edition.release().releasedAt(), edition.restrictedIncluded(),
				List.copyOf(pages), ASSETS);
	}

}
