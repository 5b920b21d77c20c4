package org.pexbsr.evidence.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Opens publishers' text files as they come: UTF-8, with or without a byte-order mark,
 * and gzip-compressed as Eurostat's bulk downloads are ({@code .tsv.gz}).
 */
final class TextFiles {

	private static final int BUFFER = 1 << 16;

	private TextFiles() {
	}

	/** The file as text, decompressed if it is gzip, without a byte-order mark. */
	static BufferedReader open(Path file) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(bytes(file), StandardCharsets.UTF_8), BUFFER);
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	/** The file's bytes, decompressed if it is gzip. */
	static InputStream bytes(Path file) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
		return isGzip(file) ? new GZIPInputStream(in, BUFFER) : in;
	}

	/**
	 * The first bytes of the content, decompressed if the file is gzip, for format
	 * detection.
	 */
	static byte[] head(Path file) throws IOException {
		try (InputStream in = isGzip(file) ? new GZIPInputStream(Files.newInputStream(file))
				: Files.newInputStream(file)) {
			return in.readNBytes(4096);
		}
		catch (java.util.zip.ZipException ex) {
			throw new ImportRejectedException(0,
					"the file looks compressed but cannot be read (" + ex.getMessage() + ")");
		}
	}

	/** The first line of the content, without a byte-order mark. */
	static String firstLine(byte[] head) {
		String text = new String(head, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int end = text.indexOf('\n');
		return ((end >= 0) ? text.substring(0, end) : text).replace("\r", "");
	}

	/** A file name without the folder, {@code .gz} and the given extension. */
	static String baseName(String fileName, String extension) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".gz")) {
			name = name.substring(0, name.length() - 3);
			lower = lower.substring(0, lower.length() - 3);
		}
		if (lower.endsWith(extension)) {
			name = name.substring(0, name.length() - extension.length());
		}
		return name;
	}

	private static boolean isGzip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.read() == 0x1f && in.read() == 0x8b;
		}
	}

}
