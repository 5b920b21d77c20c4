package org.pexbsr.content;

import org.jspecify.annotations.Nullable;

/**
 * A file under {@code content/} that breaks its format, with the file, the field at fault
 * and what is wrong, so that a writer can fix it from the message alone. Thrown while the
 * platform starts, it stops the start and nothing of that load is kept.
 */
public class ContentFileRejected extends RuntimeException {

	private final String file;

	private final @Nullable String field;

	/**
	 * @param file the file's path below {@code content/}, such as
	 * {@code protocol/law/pl.yaml}
	 * @param field the field at fault as a path, such as {@code provisions[0].citation},
	 * or {@code null} when the whole file is at fault
	 * @param reason what is wrong, in words the writer understands
	 */
	public ContentFileRejected(String file, @Nullable String field, String reason) {
		super("Content file " + file + " cannot be loaded: " + ((field != null) ? field + ": " : "") + reason);
		this.file = file;
		this.field = field;
	}

	public String file() {
		return this.file;
	}

	public @Nullable String field() {
		return this.field;
	}

}
