package org.pexbsr.content;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One version of a document in its history.
 *
 * @param version the version number, counting from 1
 * @param status {@code DRAFT}, {@code IN_REVIEW}, {@code PUBLISHED} or {@code SUPERSEDED}
 * @param title the title it had
 * @param author who wrote it: an editor's account name, or {@code repository} for a
 * version loaded from a file
 * @param createdAt when it was written
 * @param publishedAt when it was published, if it was
 * @param publishedBy who published it, if it was
 * @param changeNote what the author said changed, if anything
 */
public record DocumentVersion(int version, String status, String title, String author, Instant createdAt,
		@Nullable Instant publishedAt, @Nullable String publishedBy, @Nullable String changeNote) {

	public boolean fromRepository() {
		return "repository".equals(this.author);
	}

}
