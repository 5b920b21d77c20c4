package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one publisher's file format into observations. A reader streams: it hands each
 * row to the sink as it reads, so a large file is never held in memory whole.
 */
interface DatasetReader {

	/**
	 * The name an uploader can give to choose this reader, such as
	 * {@code unodc-glotip-xlsx}.
	 */
	String format();

	/**
	 * Whether the file looks like this format, judged from its name and its first bytes
	 * (decompressed, for a gzip file).
	 */
	boolean recognises(String fileName, byte[] head);

	/**
	 * Reads the file.
	 * @param file the file to read
	 * @param fileName its name as the uploader knows it; some formats name the dataset
	 * only there
	 * @param sink receives the dataset the file holds, then each observation in file
	 * order
	 * @throws ImportRejectedException on the first line that is not valid, naming the
	 * line and field
	 */
	void read(Path file, String fileName, ObservationSink sink) throws IOException;

	/** Reads a file under its own name. */
	default void read(Path file, ObservationSink sink) throws IOException {
		read(file, file.getFileName().toString(), sink);
	}

}
