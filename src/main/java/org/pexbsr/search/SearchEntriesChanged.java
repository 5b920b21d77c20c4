package org.pexbsr.search;

/**
 * A module's search entries changed, such as the datasets after an import; the index
 * reads every {@link SearchSource}'s entries again. Publish it once the change is
 * committed: the index reads at once, on the publishing thread.
 *
 * @param what what changed, for the log, such as {@code dataset unodc-glotip}
 */
public record SearchEntriesChanged(String what) {

}
