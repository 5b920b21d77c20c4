package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.core.io.ClassPathResource;

/**
 * Copies a data file that ships with the platform to a temporary file, as an uploader's
 * file would arrive.
 */
final class ShippedFiles {

	private ShippedFiles() {
	}

	static Path copy(String name, Path directory) throws IOException {
		Path target = directory.resolve(name);
		try (InputStream in = new ClassPathResource("datasets/" + name).getInputStream()) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		return target;
	}

}
