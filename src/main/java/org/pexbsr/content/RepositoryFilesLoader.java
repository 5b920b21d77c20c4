package org.pexbsr.content;

/**
 * A module that keeps structured files of its own under {@code content/}. The content
 * loader calls every such bean inside the one transaction in which it stores the Markdown
 * documents, so that a broken file, reported by throwing {@link ContentFileRejected},
 * leaves nothing of the whole load behind and stops the start.
 */
@FunctionalInterface
public interface RepositoryFilesLoader {

	void load(RepositoryFiles files);

}
