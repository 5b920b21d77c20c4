package org.pexbsr.content.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The editor's form for one document.
 */
class DraftForm {

	@NotBlank(message = "{content.editor.error.titleRequired}")
	@Size(max = 300, message = "{content.editor.error.titleTooLong}")
	private @Nullable String title;

	@Size(max = 1000, message = "{content.editor.error.summaryTooLong}")
	private @Nullable String summary;

	@NotBlank(message = "{content.editor.error.bodyRequired}")
	@Size(max = 200_000, message = "{content.editor.error.bodyTooLong}")
	private @Nullable String body;

	@NotBlank(message = "{content.editor.error.changeNoteRequired}")
	@Size(max = 1000, message = "{content.editor.error.changeNoteTooLong}")
	private @Nullable String changeNote;

	public @Nullable String getTitle() {
		return this.title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	public @Nullable String getBody() {
		return this.body;
	}

	public void setBody(@Nullable String body) {
		this.body = body;
	}

	public @Nullable String getChangeNote() {
		return this.changeNote;
	}

	public void setChangeNote(@Nullable String changeNote) {
		this.changeNote = changeNote;
	}

	DocumentRepository.Draft toDraft() {
		String cleanSummary = (this.summary == null || this.summary.isBlank()) ? null : this.summary.strip();
		return new DocumentRepository.Draft(this.title.strip(), cleanSummary, this.body.replace("\r\n", "\n"),
				this.changeNote.strip());
	}

	static DraftForm of(DocumentRepository.EditedVersion version) {
		DraftForm form = new DraftForm();
		form.title = version.title();
		form.summary = version.summary();
		form.body = version.body();
		form.changeNote = "DRAFT".equals(version.status()) ? version.changeNote() : null;
		return form;
	}

}
