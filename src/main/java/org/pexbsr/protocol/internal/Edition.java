package org.pexbsr.protocol.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pexbsr.content.PublishedDocument;
import org.pexbsr.web.Language;

/**
 * A national edition: the guide with one country's law and referral mechanism folded in,
 * in one language, as the caller may read it.
 *
 * @param country the country's law record
 * @param language the language of its headings and interface; chapters come in it where a
 * translation exists, in English otherwise
 * @param chapters the chapters the caller may read, in reading order
 * @param omitted the titles of the restricted chapters left out because the caller may
 * not read them
 * @param checklists the checklists the caller may read
 * @param indicators the indicators
 * @param release this version of the edition
 * @param releases every version of the edition, newest first, with what changed
 * @param etag a validator that changes whenever what the caller receives changes
 */
record Edition(Jurisdiction country, Language language, List<PublishedDocument> chapters, List<String> omitted,
		List<Checklist> checklists, Indicators indicators, Release release, List<Release> releases, String etag) {

	public boolean restrictedIncluded() {
		return this.chapters.stream().anyMatch((chapter) -> chapter.summary().restricted());
	}

	/** The country's name in the edition's language. */
	public String countryName() {
		return this.country.nameIn(this.language.locale());
	}

	/**
	 * The edition's language as a sentence in it names it: "svenska", "polski",
	 * "Deutsch", not the capitalised name of the language switch.
	 */
	public String languageName() {
		return this.language.locale().getDisplayLanguage(this.language.locale());
	}

	/** The chapters shown in English because no translation exists. */
	public List<PublishedDocument> untranslated() {
		return this.chapters.stream().filter((chapter) -> !chapter.lang().equals(this.language.tag())).toList();
	}

	/**
	 * The chapter after which the country's law is placed: national law, else the first.
	 */
	public @Nullable String lawAfter() {
		return this.chapters.stream()
			.map((chapter) -> chapter.summary().slug())
			.filter(Chapters.NATIONAL_LAW::equals)
			.findFirst()
			.orElse(this.chapters.isEmpty() ? null : this.chapters.get(0).summary().slug());
	}

	/**
	 * One version of an edition.
	 *
	 * @param version counting from 1 for each country and language
	 * @param releasedAt when it was first served
	 * @param changes what changed since the version before
	 */
	record Release(int version, Instant releasedAt, List<Change> changes) {

	}

	/**
	 * A part of the edition that changed.
	 *
	 * @param kind {@code chapter}, {@code law}, {@code indicators} or {@code checklist}
	 * @param part the chapter's slug, the law record's code, or the checklist's id
	 * @param from the part's version before, or {@code null} for a new part
	 * @param to the part's version now, or {@code null} for a part taken out
	 * @param restricted whether the part is restricted; its details are then shown only
	 * to investigators
	 * @param details what changed in it, as far as can be said
	 */
	record Change(String kind, String part, @Nullable Integer from, @Nullable Integer to, boolean restricted,
			List<String> details) {

	}

}
