package org.pexbsr.evidence.internal;

import java.util.Optional;

/**
 * Tells from a file's first bytes that it is not text (an image, a PDF, an archive, or
 * any file with NUL bytes), so that a wrong file named {@code .csv} is refused by what it
 * is rather than read as rows of nonsense.
 */
final class BinaryContent {

	/**
	 * What a ZIP archive is called in a refusal: the GLOTIP workbook is the one ZIP read.
	 */
	static final String ZIP = "a ZIP archive (as an Excel workbook is)";

	private BinaryContent() {
	}

	/**
	 * @param head the first bytes of the content, after gzip is undone
	 * @return what the file is, such as "a PNG image", or empty when it may be text
	 */
	static Optional<String> kindOf(byte[] head) {
		if (startsWith(head, 0x89, 'P', 'N', 'G')) {
			return Optional.of("a PNG image");
		}
		if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("a JPEG image");
		}
		if (startsWith(head, 'G', 'I', 'F', '8')) {
			return Optional.of("a GIF image");
		}
		if (startsWith(head, '%', 'P', 'D', 'F')) {
			return Optional.of("a PDF document");
		}
		if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
			return Optional.of(ZIP);
		}
		if (startsWith(head, '7', 'z', 0xBC, 0xAF) || startsWith(head, 'R', 'a', 'r', '!')
				|| startsWith(head, 0x1F, 0x8B)) {
			return Optional.of("a compressed archive");
		}
		for (byte b : head) {
			if (b == 0) {
				return Optional.of("binary data, not text");
			}
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] head, int... signature) {
		if (head.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((head[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

}
