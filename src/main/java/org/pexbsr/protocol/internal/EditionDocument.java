package org.pexbsr.protocol.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pexbsr.content.Heading;
import org.pexbsr.content.PublishedDocument;
import org.pexbsr.protocol.internal.Edition.Change;

/**
 * A national edition as the JSON API sends it to phone apps.
 *
 * @param country the country's code
 * @param name the country's name in English
 * @param lang the edition's language (headings and interface)
 * @param version the edition's version, counting from 1 for each country and language
 * @param releasedAt when this version was first served
 * @param untranslatedChapters the slugs of the chapters that are shown in English because
 * no translation into {@code lang} exists
 * @param restrictedIncluded whether the restricted chapters are in it
 * @param restrictedOmitted the titles of the restricted chapters left out, because the
 * caller is not signed in with a law-enforcement account
 * @param notice what the edition says about both, in {@code lang}
 * @param chapters the chapters, with their text as safe HTML
 * @param law the country's provisions, authorities and referral mechanism
 * @param checklists the checklists the caller may read
 * @param indicators the indicators, by list and dimension, each with the element it helps
 * prove
 * @param changes every version of the edition, newest first, with what changed
 */
record EditionDocument(String country, String name, String lang, int version, Instant releasedAt,
		List<String> untranslatedChapters, boolean restrictedIncluded, List<String> restrictedOmitted,
		List<String> notice, List<ChapterText> chapters, Jurisdiction law, List<Checklist> checklists,
		Indicators indicators, List<Version> changes) {

	static EditionDocument of(Edition edition, List<String> notice) {
		return new EditionDocument(edition.country().code(), edition.country().name(), edition.language().tag(),
				edition.release().version(), edition.release().releasedAt(),
				edition.untranslated().stream().map((chapter) -> chapter.summary().slug()).toList(),
				edition.restrictedIncluded(), edition.omitted(), notice,
				edition.chapters().stream().map(ChapterText::of).toList(), edition.country(), edition.checklists(),
				visibleLinks(edition.indicators(), edition.checklists()),
				edition.releases()
					.stream()
					.map((release) -> new Version(release.version(), release.releasedAt(),
							visible(release.changes(), edition.restrictedIncluded())))
					.toList());
	}

	/**
	 * The indicators with their links to checklist items kept to the checklists the
	 * caller may read, so that not even the ids of restricted items show.
	 */
	static Indicators visibleLinks(Indicators indicators, List<Checklist> visible) {
		java.util.Set<String> items = visible.stream()
			.flatMap(Checklist::items)
			.map(Checklist.Item::id)
			.collect(java.util.stream.Collectors.toSet());
		List<Indicators.Indicator> kept = indicators.indicators()
			.stream()
			.map((indicator) -> new Indicators.Indicator(indicator.id(), indicator.list(), indicator.dimension(),
					indicator.strength(), indicator.text(), indicator.proves(), indicator.means(), indicator.lookFor(),
					indicator.checklistItems().stream().filter(items::contains).toList(), indicator.source()))
			.toList();
		return new Indicators(indicators.sources(), indicators.lists(), indicators.dimensions(), kept,
				indicators.file());
	}

	/** The details of a restricted chapter's changes are for those who may read it. */
	static List<Change> visible(List<Change> changes, boolean restrictedIncluded) {
		return changes.stream()
			.map((change) -> (change.restricted() && !restrictedIncluded)
					? new Change(change.kind(), change.part(), change.from(), change.to(), true, List.of()) : change)
			.toList();
	}

	record ChapterText(String slug, String title, String lang, int version, Instant publishedAt, boolean restricted,
			@Nullable String summary, List<Heading> headings, String html) {

		static ChapterText of(PublishedDocument chapter) {
			return new ChapterText(chapter.summary().slug(), chapter.title(), chapter.lang(),
					chapter.summary().version(), chapter.summary().publishedAt(), chapter.summary().restricted(),
					chapter.summary().summary(), chapter.headings(), chapter.html());
		}

	}

	record Version(int version, Instant releasedAt, List<Change> changes) {

	}

}
