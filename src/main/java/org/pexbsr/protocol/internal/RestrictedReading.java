package org.pexbsr.protocol.internal;

import org.pexbsr.identity.AuditTrail;
import org.pexbsr.identity.CurrentUser;
import org.pexbsr.identity.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one rule for the restricted chapters and their checklists, kept in one place so
 * that every way to them (page, API, edition, offline copy) asks the same question: only
 * an account with the role {@code INVESTIGATOR} reads them, and each reading leaves an
 * audit record. An anonymous caller is sent to sign in (401 for the API), any other
 * account gets 403; neither gets the text.
 */
@Component
class RestrictedReading {

	static final String READ = "protocol.restricted.read";

	private final AuditTrail audit;

	RestrictedReading(AuditTrail audit) {
		this.audit = audit;
	}

	boolean allowed() {
		return CurrentUser.get().has(Role.INVESTIGATOR);
	}

	/**
	 * Lets an investigator through and records the reading; refuses everyone else.
	 * @param target what is read, such as {@code protocol/planning-an-inspection}
	 * @param how the way it was read, such as {@code page} or {@code edition SE pdf}
	 */
	void read(String target, String how) {
		if (!allowed()) {
			throw new AccessDeniedException(target + " is for law-enforcement accounts only");
		}
		this.audit.record(READ, target, how);
	}

}
