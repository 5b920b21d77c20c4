package org.pexbsr.protocol.internal;

import java.util.Map;

import org.pexbsr.protocol.internal.ProtocolFileStore.FileVersion;

import org.springframework.stereotype.Component;

/**
 * The structured files as last loaded, for every page and route to read. The loader
 * installs a new set once its transaction has committed, so a reader never sees a set
 * that was refused.
 */
@Component
class ProtocolCatalogue {

	private volatile Snapshot current = new Snapshot(ProtocolFiles.NONE, Map.of());

	ProtocolFiles files() {
		return this.current.files();
	}

	/** The current version of a file, by its path below {@code content/}. */
	FileVersion version(String path) {
		FileVersion version = this.current.versions().get(path);
		if (version == null) {
			throw new IllegalStateException("No version is known for " + path);
		}
		return version;
	}

	void install(ProtocolFiles files, Map<String, FileVersion> versions) {
		this.current = new Snapshot(files, Map.copyOf(versions));
	}

	private record Snapshot(ProtocolFiles files, Map<String, FileVersion> versions) {

	}

}
