package org.pexbsr.content.internal;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pexbsr.content.ContentPublished;
import org.pexbsr.content.DocumentVersion;
import org.pexbsr.content.internal.DocumentRepository.Draft;
import org.pexbsr.content.internal.DocumentRepository.EditableDocument;
import org.pexbsr.content.internal.DocumentRepository.EditedVersion;
import org.pexbsr.identity.AuditTrail;
import org.pexbsr.identity.CurrentUser;
import org.pexbsr.identity.Role;
import org.pexbsr.web.ResourceNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor's workflow for one document: save a draft (a new version), send it for
 * review, publish it. Every step is audited. A restricted document is opened only by an
 * editor who may also read restricted text, so the editor never becomes a way round the
 * restriction.
 */
@Service
class ContentEditing {

	private static final Logger log = LoggerFactory.getLogger(ContentEditing.class);

	private final DocumentRepository documents;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContentEditing(DocumentRepository documents, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.documents = documents;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	List<EditableDocument> documents() {
		return this.documents.editableDocuments();
	}

	@Transactional
	Edited open(String collection, String slug, String lang) {
		EditableDocument document = document(collection, slug, lang);
		if (document.restricted()) {
			this.audit.record("content.document.read", target(document), "opened in the editor");
		}
		EditedVersion working = this.documents.openVersion(document.id())
			.or(() -> this.documents.publishedVersion(document.id()))
			.orElseThrow(() -> new DocumentNotFoundException(collection, slug, lang));
		List<DocumentVersion> history = this.documents.history(collection, slug, lang);
		return new Edited(document, working, history);
	}

	/**
	 * Saves the editor's text: into the open draft if there is one, else as a new draft
	 * version based on the published one.
	 * @throws DraftInReviewException when the open version is in review and may no longer
	 * change
	 */
	@Transactional
	int saveDraft(String collection, String slug, String lang, Draft draft) {
		EditableDocument document = document(collection, slug, lang);
		EditedVersion open = this.documents.openVersion(document.id()).orElse(null);
		if (open != null && "IN_REVIEW".equals(open.status())) {
			throw new DraftInReviewException();
		}
		int version;
		if (open != null) {
			this.documents.updateDraft(open.id(), draft);
			version = open.versionNo();
		}
		else {
			EditedVersion base = this.documents.publishedVersion(document.id())
				.orElseThrow(() -> new DocumentNotFoundException(collection, slug, lang));
			version = this.documents.createDraft(document.id(), base, draft, CurrentUser.get().username(),
					this.clock.instant());
		}
		this.audit.record("content.draft.saved", target(document), "version " + version);
		return version;
	}

	@Transactional
	int submitForReview(String collection, String slug, String lang) {
		EditableDocument document = document(collection, slug, lang);
		EditedVersion draft = this.documents.openVersion(document.id())
			.filter((version) -> "DRAFT".equals(version.status()))
			.orElseThrow(NoDraftException::new);
		this.documents.submitForReview(draft.id(), CurrentUser.get().username(), this.clock.instant());
		this.audit.record("content.draft.submitted", target(document), "version " + draft.versionNo());
		return draft.versionNo();
	}

	@Transactional
	int publish(String collection, String slug, String lang) {
		EditableDocument document = document(collection, slug, lang);
		EditedVersion reviewed = this.documents.openVersion(document.id())
			.filter((version) -> "IN_REVIEW".equals(version.status()))
			.orElseThrow(NoDraftException::new);
		this.documents.publishReviewed(document.id(), reviewed.id(), CurrentUser.get().username(),
				this.clock.instant());
		this.audit.record("content.version.published", target(document), "version " + reviewed.versionNo());
		this.events.publishEvent(new ContentPublished(collection, slug, lang, reviewed.versionNo()));
		log.info("Published version {} of {} from the editor", reviewed.versionNo(), target(document));
		return reviewed.versionNo();
	}

	private EditableDocument document(String collection, String slug, String lang) {
		EditableDocument document = this.documents.editableDocument(collection, slug, lang)
			.orElseThrow(() -> new DocumentNotFoundException(collection, slug, lang));
		if (document.restricted() && !CurrentUser.get().has(Role.INVESTIGATOR)) {
			throw new AccessDeniedException(
					target(document) + " is restricted; editing it needs law-enforcement " + "access as well");
		}
		return document;
	}

	private static String target(EditableDocument document) {
		return document.collection() + "/" + document.lang() + "/" + document.slug();
	}

	/**
	 * A document opened in the editor.
	 *
	 * @param working the version the form starts from: the open draft, or the published
	 * version
	 */
	record Edited(EditableDocument document, EditedVersion working, List<DocumentVersion> history) {

	}

	static class DocumentNotFoundException extends ResourceNotFoundException {

		DocumentNotFoundException(String collection, String slug, String lang) {
			super("There is no document " + collection + "/" + lang + "/" + slug);
		}

	}

	/** The open version is in review and can no longer be changed. */
	static class DraftInReviewException extends RuntimeException {

		DraftInReviewException() {
			super("The open version is in review and can no longer be changed");
		}

	}

	/** There is no version in the state the step needs. */
	static class NoDraftException extends RuntimeException {

		NoDraftException() {
			super("There is no version in the state this step needs");
		}

	}

}
