package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.web.multipart.MultipartFile;

/**
 * Puts an uploaded file on disk for the importer, streaming it, so that a large upload is
 * never held in memory whole.
 */
final class UploadedFiles {

	private UploadedFiles() {
	}

	/** A temporary copy of the upload; the caller deletes it. */
	static Path store(MultipartFile upload) throws IOException {
		Path file = Files.createTempFile("pex-import-", ".upload");
		try (InputStream in = upload.getInputStream()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		return file;
	}

	/**
	 * The name the uploader's file had, without any folder, or {@code upload} if none.
	 */
	static String nameOf(MultipartFile upload) {
		String name = upload.getOriginalFilename();
		if (name == null || name.isBlank()) {
			return "upload";
		}
		String plain = name.replace('\\', '/');
		return plain.substring(plain.lastIndexOf('/') + 1);
	}

}
