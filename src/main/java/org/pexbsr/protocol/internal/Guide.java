package org.pexbsr.protocol.internal;

import java.util.List;
import java.util.Locale;

import org.pexbsr.content.ContentLibrary;
import org.pexbsr.content.DocumentSummary;
import org.pexbsr.content.PublishedDocument;
import org.pexbsr.web.ResourceNotFoundException;

import org.springframework.stereotype.Service;

/**
 * The chapters of the guide as the caller may read them.
 */
@Service
class Guide {

	private final ContentLibrary content;

	private final RestrictedReading restricted;

	Guide(ContentLibrary content, RestrictedReading restricted) {
		this.content = content;
		this.restricted = restricted;
	}

	/**
	 * Every published chapter, restricted ones included, as a list shows them (no text).
	 */
	List<DocumentSummary> chapters(Locale locale) {
		return this.content.published(Chapters.COLLECTION, locale);
	}

	/**
	 * One chapter; a restricted one only for an investigator, and then with an audit
	 * record.
	 * @param how the way it is read, for the audit record
	 */
	PublishedDocument chapter(String slug, Locale locale, String how) {
		PublishedDocument chapter = this.content.published(Chapters.COLLECTION, slug, locale)
			.orElseThrow(() -> new ChapterNotFoundException(slug));
		if (chapter.summary().restricted() || Chapters.isRestricted(slug)) {
			this.restricted.read(Chapters.COLLECTION + "/" + slug, how);
		}
		return chapter;
	}

	static class ChapterNotFoundException extends ResourceNotFoundException {

		ChapterNotFoundException(String slug) {
			super("The Investigation Protocol has no chapter '" + slug + "'");
		}

	}

}
