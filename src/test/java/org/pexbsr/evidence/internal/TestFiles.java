package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.springframework.core.io.ClassPathResource;

/**
 * Data files for tests: the shipped and test-only samples as plain lines, and files
 * written by a test.
 */
final class TestFiles {

	private TestFiles() {
	}

	/** The lines of a file under {@code datasets/} on the class path, split on LF. */
	static List<String> lines(String name) throws IOException {
		try (InputStream in = new ClassPathResource("datasets/" + name).getInputStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return Arrays.asList(text.replace("\r", "").split("\n"));
		}
	}

	static Path write(Path directory, String name, String text) throws IOException {
		return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
	}

	static Path gzip(Path directory, String name, String text) throws IOException {
		Path file = directory.resolve(name);
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return file;
	}

}
