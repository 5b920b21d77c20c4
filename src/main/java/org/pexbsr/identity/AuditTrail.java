package org.pexbsr.identity;

import org.jspecify.annotations.Nullable;

/**
 * The record of who did what, when and from where. Modules write to it when a restricted
 * text is read and when an editor, data steward or administrator changes something. It
 * never holds data about victims, and nothing in the application can change or delete
 * what it holds.
 */
public interface AuditTrail {

	/**
	 * Records an action of the current caller.
	 * @param action what was done, as a short dotted name such as
	 * {@code protocol.chapter.read}
	 * @param target what it was done to, such as {@code protocol/financial-investigation}
	 * @param detail anything else worth knowing, or {@code null}; never personal data
	 * about victims
	 */
	void record(String action, String target, @Nullable String detail);

}
