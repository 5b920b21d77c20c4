package org.pexbsr.protocol.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every structured file of the Investigation Protocol, read and checked against each
 * other.
 *
 * @param jurisdictions INT, EU, COE, then the member countries in the order of
 * {@link Jurisdiction#MEMBER_COUNTRIES}; only those that have a file
 * @param indicators the indicators, or {@link Indicators#NONE} when the file is not
 * written yet
 * @param checklists the checklists, by id
 */
record ProtocolFiles(List<Jurisdiction> jurisdictions, Indicators indicators, List<Checklist> checklists) {

	static final ProtocolFiles NONE = new ProtocolFiles(List.of(), Indicators.NONE, List.of());

	static final List<String> ORDER = java.util.stream.Stream
		.concat(Jurisdiction.INTERNATIONAL.stream(), Jurisdiction.MEMBER_COUNTRIES.stream())
		.toList();

	ProtocolFiles {
		jurisdictions = jurisdictions.stream()
			.sorted(Comparator.comparingInt((Jurisdiction jurisdiction) -> ORDER.indexOf(jurisdiction.code())))
			.toList();
		checklists = checklists.stream().sorted(Comparator.comparing(Checklist::id)).toList();
	}

	Optional<Jurisdiction> jurisdiction(String code) {
		return this.jurisdictions.stream().filter((jurisdiction) -> jurisdiction.code().equals(code)).findFirst();
	}

	List<Jurisdiction> countries() {
		return this.jurisdictions.stream().filter(Jurisdiction::isCountry).toList();
	}

	Optional<Checklist> checklist(String id) {
		return this.checklists.stream().filter((checklist) -> checklist.id().equals(id)).findFirst();
	}

	/** The checklist that holds an item, found by the item's id. */
	Optional<Checklist> checklistWithItem(String itemId) {
		return this.checklists.stream()
			.filter((checklist) -> checklist.items().anyMatch((item) -> item.id().equals(itemId)))
			.findFirst();
	}

}
