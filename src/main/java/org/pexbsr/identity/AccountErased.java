package org.pexbsr.identity;

/**
 * An account was erased at its owner's request: modules that keep anything about the
 * person (course attempts, certificates, feedback) delete or anonymise it when they hear
 * this. The audit trail keeps its records under the pseudonym.
 *
 * @param username the account name that no longer exists
 * @param pseudonym what the audit trail calls the person from now on
 */
public record AccountErased(String username, String pseudonym) {

}
