package org.pexbsr.protocol.internal;

import java.util.List;
import java.util.Optional;

/**
 * The chapters of the Investigation Protocol as {@code content/protocol/FORMAT.md} lists
 * them: the order, the address and whether only law-enforcement accounts may read it.
 */
final class Chapters {

	static final String COLLECTION = "protocol";

	static final String NATIONAL_LAW = "national-law";

	static final String INDICATORS = "identification-and-indicators";

	static final List<Chapter> ALL = List.of(new Chapter(1, "legal-framework", false),
			new Chapter(2, NATIONAL_LAW, false), new Chapter(3, INDICATORS, false),
			new Chapter(4, "planning-an-inspection", true), new Chapter(5, "during-the-inspection", true),
			new Chapter(6, "after-identification", false), new Chapter(7, "financial-investigation", true),
			new Chapter(8, "digital-evidence", false), new Chapter(9, "international-cooperation", false));

	private Chapters() {
	}

	static Optional<Chapter> of(String slug) {
		return ALL.stream().filter((chapter) -> chapter.slug().equals(slug)).findFirst();
	}

	static boolean isRestricted(String slug) {
		return of(slug).map(Chapter::restricted).orElse(false);
	}

	/**
	 * One chapter of the table.
	 *
	 * @param order the NN of its file name
	 * @param slug its address
	 * @param restricted whether only law-enforcement accounts may read it
	 */
	record Chapter(int order, String slug, boolean restricted) {

		String fileName() {
			return String.format("%02d-%s.md", this.order, this.slug);
		}

	}

}
