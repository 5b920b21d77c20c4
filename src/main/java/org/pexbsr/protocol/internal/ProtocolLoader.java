package org.pexbsr.protocol.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pexbsr.content.RepositoryDocument;
import org.pexbsr.content.RepositoryFile;
import org.pexbsr.content.RepositoryFiles;
import org.pexbsr.content.RepositoryFilesLoader;
import org.pexbsr.protocol.internal.ProtocolFileStore.FileVersion;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Loads the Investigation Protocol's structured files inside the content loader's
 * transaction: every file is read and checked first, so a broken one stops the start with
 * its name and field and nothing of the load is kept; then each changed file is stored as
 * a new version, and the checked set is installed once the transaction has committed.
 */
@Component
class ProtocolLoader implements RepositoryFilesLoader {

	private static final Logger log = LoggerFactory.getLogger(ProtocolLoader.class);

	private final ProtocolFileStore store;

	private final ProtocolCatalogue catalogue;

	private final Clock clock;

	ProtocolLoader(ProtocolFileStore store, ProtocolCatalogue catalogue, Clock clock) {
		this.store = store;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@Override
	public void load(RepositoryFiles files) {
		List<RepositoryFile> structured = files.files(Chapters.COLLECTION);
		List<RepositoryDocument> chapters = files.documents(Chapters.COLLECTION);
		if (structured.isEmpty() && chapters.isEmpty()) {
			return;
		}
		ProtocolFiles read = ProtocolFilesReader.read(structured, chapters);
		Map<String, FileVersion> versions = this.store.store(used(read, structured), this.clock.instant());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				ProtocolLoader.this.catalogue.install(read, versions);
			}
		});
		log.info("Read the Investigation Protocol's files: {} jurisdictions, {} indicators, {} checklists",
				read.jurisdictions().size(), read.indicators().indicators().size(), read.checklists().size());
	}

	/** The files the set was read from, leaving out those another location overrode. */
	private static List<RepositoryFile> used(ProtocolFiles read, List<RepositoryFile> files) {
		Set<String> paths = Stream
			.of(read.jurisdictions().stream().map(Jurisdiction::file),
					Stream.of(read.indicators().file()).filter((file) -> !file.isEmpty()),
					read.checklists().stream().map(Checklist::file))
			.flatMap((paths1) -> paths1)
			.collect(java.util.stream.Collectors.toSet());
		return files.stream().filter((file) -> paths.contains(file.path())).toList();
	}

}
