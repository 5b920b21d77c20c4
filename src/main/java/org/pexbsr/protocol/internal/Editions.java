package org.pexbsr.protocol.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.pexbsr.content.ContentLibrary;
import org.pexbsr.content.DocumentSummary;
import org.pexbsr.content.PublishedDocument;
import org.pexbsr.protocol.internal.Edition.Change;
import org.pexbsr.protocol.internal.Edition.Release;
import org.pexbsr.protocol.internal.EditionReleases.Stored;
import org.pexbsr.web.InvalidRequestException;
import org.pexbsr.web.Language;
import org.pexbsr.web.ResourceNotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Puts a national edition together: every chapter the caller may read, in the edition's
 * language where a translation exists, the country's law record and referral mechanism,
 * the indicators and checklists; and gives it a version that goes up whenever one of its
 * parts changes.
 */
@Service
class Editions {

	private final ContentLibrary content;

	private final ProtocolCatalogue catalogue;

	private final RestrictedReading restricted;

	private final EditionReleases releases;

	private final EditionChanges changes;

	private final Clock clock;

	Editions(ContentLibrary content, ProtocolCatalogue catalogue, RestrictedReading restricted,
			EditionReleases releases, EditionChanges changes, Clock clock) {
		this.content = content;
		this.catalogue = catalogue;
		this.restricted = restricted;
		this.releases = releases;
		this.changes = changes;
		this.clock = clock;
	}

	/** The member countries that have a law record, and so an edition. */
	List<Jurisdiction> countries() {
		return this.catalogue.files().countries();
	}

	Jurisdiction country(String code) {
		String upper = code.toUpperCase(Locale.ROOT);
		return this.catalogue.files()
			.jurisdiction(upper)
			.filter(Jurisdiction::isCountry)
			.orElseThrow(() -> new EditionNotFoundException(code));
	}

	/**
	 * The edition's language: the one asked for, else the country's national language.
	 * @throws InvalidRequestException for a language the platform does not offer
	 */
	Language language(Jurisdiction country, @Nullable String wanted) {
		if (wanted != null && !wanted.isBlank()) {
			return Language.ALL.stream()
				.filter((language) -> language.tag().equals(wanted.strip().toLowerCase(Locale.ROOT)))
				.findFirst()
				.orElseThrow(() -> new InvalidRequestException("lang",
						"The edition is offered in "
								+ String.join(", ", Language.ALL.stream().map(Language::tag).toList()) + ", not '"
								+ wanted + "'"));
		}
		String national = (country.nationalLanguage() != null) ? country.nationalLanguage() : "en";
		return Language.of(Locale.forLanguageTag(national)).orElse(Language.ENGLISH);
	}

	/**
	 * @param how the way it is read, for the audit record of restricted chapters, such as
	 * {@code edition SE pdf}
	 */
	Edition edition(Jurisdiction country, Language language, String how) {
		List<DocumentSummary> summaries = this.content.published(Chapters.COLLECTION, language.locale());
		ProtocolFiles files = this.catalogue.files();
		Map<String, String> paths = new LinkedHashMap<>();
		Map<String, String> parts = parts(summaries, country, files, paths);
		Stored release = release(country.code(), language.tag(), parts, paths);
		boolean investigator = this.restricted.allowed();
		List<PublishedDocument> chapters = new ArrayList<>();
		List<String> omitted = new ArrayList<>();
		for (DocumentSummary summary : summaries) {
			if (summary.restricted() && !investigator) {
				omitted.add(summary.title());
				continue;
			}
			if (summary.restricted()) {
				this.restricted.read(Chapters.COLLECTION + "/" + summary.slug(), how);
			}
			this.content.published(Chapters.COLLECTION, summary.slug(), language.locale()).ifPresent(chapters::add);
		}
		List<Checklist> checklists = files.checklists()
			.stream()
			.filter((checklist) -> investigator || !checklist.restricted())
			.toList();
		List<Release> history = this.releases.all(country.code(), language.tag())
			.stream()
			.map(Stored::release)
			.toList();
		String etag = ProtocolFileStore
			.sha256(release.fingerprint() + "|" + language.tag() + "|" + release.version() + "|" + investigator)
			.substring(0, 32);
		return new Edition(country, language, List.copyOf(chapters), List.copyOf(omitted), checklists,
				files.indicators(), release.release(), history, etag);
	}

	private Map<String, String> parts(List<DocumentSummary> summaries, Jurisdiction country, ProtocolFiles files,
			Map<String, String> paths) {
		Map<String, String> parts = new LinkedHashMap<>();
		summaries
			.forEach((chapter) -> parts.put("chapter:" + chapter.slug(), chapter.lang() + ":" + chapter.version()));
		put(parts, paths, "law:" + country.code(), country.file());
		if (!files.indicators().file().isEmpty()) {
			put(parts, paths, "indicators:indicators", files.indicators().file());
		}
		files.checklists().forEach((checklist) -> put(parts, paths, "checklist:" + checklist.id(), checklist.file()));
		return parts;
	}

	private void put(Map<String, String> parts, Map<String, String> paths, String key, String path) {
		parts.put(key, String.valueOf(this.catalogue.version(path).version()));
		paths.put(key, path);
	}

	/**
	 * The stored version made of exactly these parts, or a new version when any part has
	 * changed since the last one.
	 */
	private Stored release(String country, String lang, Map<String, String> parts, Map<String, String> paths) {
		String fingerprint = ProtocolFileStore.sha256(parts.toString());
		Optional<Stored> existing = this.releases.find(country, lang, fingerprint);
		if (existing.isPresent()) {
			return existing.get();
		}
		Optional<Stored> previous = this.releases.latest(country, lang);
		List<Change> changed = this.changes.between(previous.map(Stored::parts).orElse(Map.of()), parts, paths);
		int version = previous.map(Stored::version).orElse(0) + 1;
		try {
			this.releases.insert(country, lang, version, fingerprint, parts, changed, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			// Another request made the same version a moment ago; take that one.
		}
		return this.releases.find(country, lang, fingerprint)
			.orElseThrow(() -> new IllegalStateException(
					"The edition " + country + "/" + lang + " could not be given a version"));
	}

	static class EditionNotFoundException extends ResourceNotFoundException {

		EditionNotFoundException(String code) {
			super("There is no national edition for '" + code + "'; editions exist for the member countries "
					+ String.join(", ", Jurisdiction.MEMBER_COUNTRIES) + " once their law record is written");
		}

	}

}
