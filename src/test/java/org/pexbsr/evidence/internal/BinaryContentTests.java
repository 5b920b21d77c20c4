package org.pexbsr.evidence.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Images, documents and archives are told apart from text by their first bytes.
 */
class BinaryContentTests {

	@Test
	void namesTheKindOfAFileThatIsNotText() {
		assertThat(BinaryContent.kindOf(bytes(0x89, 'P', 'N', 'G', 13, 10))).contains("a PNG image");
		assertThat(BinaryContent.kindOf(bytes(0xFF, 0xD8, 0xFF, 0xE0))).contains("a JPEG image");
		assertThat(BinaryContent.kindOf("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).contains("a PDF document");
		assertThat(BinaryContent.kindOf(bytes('P', 'K', 3, 4, 20))).contains(BinaryContent.ZIP);
		assertThat(BinaryContent.kindOf(bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C))).contains("a compressed archive");
		assertThat(BinaryContent.kindOf(bytes('a', ',', 'b', 0, 'c'))).contains("binary data, not text");
	}

	@Test
	void takesTextWithAByteOrderMarkOrInAnyAlphabetAsText() {
		assertThat(BinaryContent.kindOf("\uFEFF\"Country Name\",\"Country Code\"\n".getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
		assertThat(BinaryContent.kindOf("geo,Україна,Øst\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(BinaryContent.kindOf(new byte[0])).isEmpty();
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
