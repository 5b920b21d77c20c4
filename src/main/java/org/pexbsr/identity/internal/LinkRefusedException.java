package org.pexbsr.identity.internal;

/**
 * An invitation or password link that cannot be used (any more), with the reason the page
 * gives.
 */
class LinkRefusedException extends RuntimeException {

	private final Reason reason;

	LinkRefusedException(Reason reason) {
		super("The link cannot be used: " + reason);
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

	/** The message code that explains it to the person holding the link. */
	String messageCode() {
		return "identity.link." + this.reason.name().toLowerCase(java.util.Locale.ROOT);
	}

	enum Reason {

		/** No such link, or not one the platform made. */
		UNKNOWN,

		/** The link's time ran out. */
		EXPIRED,

		/** The link was used already, or withdrawn. */
		USED,

		/**
		 * The registration code behind the link has no uses left or expired meanwhile.
		 */
		CODE_USED_UP

	}

}
