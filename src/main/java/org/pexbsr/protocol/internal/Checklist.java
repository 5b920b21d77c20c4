package org.pexbsr.protocol.internal;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * A checklist for planning or for work on site, as
 * {@code content/protocol/checklists/<id>.yaml} records it.
 *
 * @param chapter the slug of the chapter it belongs to
 * @param restricted whether only law-enforcement accounts may read it, as its chapter
 */
record Checklist(String id, String title, String chapter, boolean restricted, List<Section> sections,
		@JsonIgnore String file) {

	Stream<Item> items() {
		return this.sections.stream().flatMap((section) -> section.items().stream());
	}

	record Section(String title, List<Item> items) {

	}

	/**
	 * One thing to do or check.
	 *
	 * @param id unique across all checklists; the anchor of the item
	 * @param indicators ids of the indicators the item looks for
	 */
	record Item(String id, String text, @Nullable String detail, List<String> indicators) {

	}

}
