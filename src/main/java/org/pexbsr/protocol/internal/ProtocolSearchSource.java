package org.pexbsr.protocol.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.pexbsr.content.DocumentSummary;
import org.pexbsr.protocol.internal.Indicators.Group;
import org.pexbsr.protocol.internal.Indicators.Indicator;
import org.pexbsr.protocol.internal.Jurisdiction.Provision;
import org.pexbsr.search.SearchEntry;
import org.pexbsr.search.SearchEntry.Kind;
import org.pexbsr.search.SearchSource;

import org.springframework.stereotype.Component;

/**
 * The Investigation Protocol in the search index: its chapters, read at
 * {@code /protocol/<slug>} and restricted as {@link Guide} restricts them, every
 * provision of the law records, and the indicators. The records are written in English.
 */
@Component
class ProtocolSearchSource implements SearchSource {

	private final ProtocolCatalogue catalogue;

	ProtocolSearchSource(ProtocolCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public List<Shelf> shelves() {
		return List.of(new Shelf(Chapters.COLLECTION, Kind.CHAPTER, "/protocol/"));
	}

	/**
	 * The same test as {@link Guide#chapter}: the document's mark or the chapter table.
	 */
	@Override
	public boolean restricted(DocumentSummary document) {
		return document.restricted() || Chapters.isRestricted(document.slug());
	}

	@Override
	public List<SearchEntry> entries() {
		ProtocolFiles files = this.catalogue.files();
		List<SearchEntry> entries = new ArrayList<>();
		for (Jurisdiction jurisdiction : files.jurisdictions()) {
			jurisdiction.provisions()
				.stream()
				.map((provision) -> provision(jurisdiction, provision))
				.forEach(entries::add);
		}
		Indicators indicators = files.indicators();
		indicators.indicators().stream().map((indicator) -> indicator(indicators, indicator)).forEach(entries::add);
		return entries;
	}

	private static SearchEntry provision(Jurisdiction jurisdiction, Provision provision) {
		String title = jurisdiction.name() + ", " + provision.shortCitation() + ": " + provision.title();
		String text = join(Stream.of(provision.citation(), provision.summary(), provision.penalty()),
				provision.elements().act().stream(), provision.elements().means().stream(),
				provision.elements().purpose().stream());
		String href = jurisdiction.isCountry() ? "/protocol/editions/" + jurisdiction.code() + "/law#" + provision.id()
				: "/protocol/legal-framework";
		return new SearchEntry("provision:" + jurisdiction.code() + "/" + provision.id(), Kind.PROVISION, "en", title,
				text, href, false);
	}

	private static SearchEntry indicator(Indicators indicators, Indicator indicator) {
		String text = join(Stream.of(indicator.lookFor(), title(indicators.lists(), indicator.list()),
				title(indicators.dimensions(), indicator.dimension())));
		return new SearchEntry("indicator:" + indicator.id(), Kind.INDICATOR, "en", indicator.text(), text,
				"/protocol/" + Chapters.INDICATORS + "#" + indicator.id(), false);
	}

	private static String title(List<Group> groups, String id) {
		return groups.stream().filter((group) -> group.id().equals(id)).map(Group::title).findFirst().orElse(id);
	}

	@SafeVarargs
	private static String join(Stream<String>... parts) {
		return Stream.of(parts).flatMap((part) -> part).filter(Objects::nonNull).collect(Collectors.joining("\n"));
	}

}
