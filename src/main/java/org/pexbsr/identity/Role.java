package org.pexbsr.identity;

/**
 * What a person may do on the platform. A person may hold several roles; each route names
 * the roles it needs.
 */
public enum Role {

	/** Manages accounts, roles and the audit trail. */
	ADMIN,

	/** The programme's unit: writes and publishes content. */
	EDITOR,

	/** A member of the advisory board who reviews training content. */
	REVIEWER,

	/** A member of the youth panel who reviews school and youth material. */
	YOUTH_REVIEWER,

	/**
	 * A police investigator or prosecutor: may read the restricted, tactical chapters.
	 */
	INVESTIGATOR,

	/** Embassy or consular staff taking the online course. */
	LEARNER,

	/** Imports and maintains statistical datasets. */
	DATA_STEWARD;

	/** The authority string Spring Security checks, such as {@code ROLE_INVESTIGATOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
