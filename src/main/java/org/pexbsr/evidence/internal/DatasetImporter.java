package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pexbsr.evidence.DatasetImported;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a publisher's file as a new version of its dataset, in one transaction: a file
 * with a bad line is refused with that line's number and the database is left as it was.
 * A file imported before is recognised by its SHA-256 and not imported again.
 */
@Service
class DatasetImporter {

	private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);

	private static final int BATCH = 2_000;

	private static final int SKIPS_REPORTED = 20;

	private final List<DatasetReader> readers;

	private final EvidenceStore store;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DatasetImporter(List<DatasetReader> readers, EvidenceStore store, TransactionTemplate transaction,
			ApplicationEventPublisher events, Clock clock) {
		this.readers = readers;
		this.store = store;
		this.transaction = transaction;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param file the file to import
	 * @param fileName its name as the uploader knows it
	 * @param format a reader's format name, or {@code null} to tell the format from the
	 * file
	 * @param importedBy who imports it, for the record
	 * @throws ImportRejectedException when the file cannot be imported, naming the line
	 * at fault
	 */
	ImportReport importFile(Path file, String fileName, @Nullable String format, String importedBy) throws IOException {
		DatasetReader reader = readerFor(file, fileName, format);
		String sha256 = sha256(file);
		var earlier = this.store.findImportedFile(sha256);
		if (earlier.isPresent()) {
			EvidenceStore.ImportedFile imported = earlier.get();
			log.info("{} was imported before as {} version {}; nothing to do", fileName, imported.dataset(),
					imported.version());
			return new ImportReport(imported.dataset(), imported.version(), true, imported.rows(), imported.skipped(),
					List.of());
		}

		long started = System.nanoTime();
		EvidenceStore.FileFacts facts = new EvidenceStore.FileFacts(fileName, sha256, reader.format(), importedBy);
		ImportReport report = this.transaction.execute((status) -> read(reader, file, facts));
		log.info("Imported {} version {} from {}: {} rows taken, {} skipped, in {} ms", report.dataset(),
				report.version(), fileName, report.rowsTaken(), report.rowsSkipped(),
				(System.nanoTime() - started) / 1_000_000);
		this.events.publishEvent(new DatasetImported(report.dataset(), report.version(), report.rowsTaken()));
		return report;
	}

	private ImportReport read(DatasetReader reader, Path file, EvidenceStore.FileFacts facts) {
		StoringSink sink = new StoringSink(facts);
		try {
			reader.read(file, sink);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sink.finish();
	}

	private DatasetReader readerFor(Path file, String fileName, @Nullable String format) throws IOException {
		if (format != null && !format.isBlank()) {
			return this.readers.stream()
				.filter((reader) -> reader.format().equals(format))
				.findFirst()
				.orElseThrow(() -> new ImportRejectedException(0, "unknown format '" + format + "'; known formats: "
						+ this.readers.stream().map(DatasetReader::format).collect(Collectors.joining(", "))));
		}
		byte[] head = head(file);
		return this.readers.stream()
			.filter((reader) -> reader.recognises(fileName, head))
			.findFirst()
			.orElseThrow(() -> new ImportRejectedException(0,
					"the format of " + fileName + " was not recognised; name it as one of: "
							+ this.readers.stream().map(DatasetReader::format).collect(Collectors.joining(", "))));
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(4096);
		}
	}

	private static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * Stores rows as the reader hands them over, in batches, reusing the dataset's
	 * series.
	 */
	private final class StoringSink implements ObservationSink {

		private final EvidenceStore.FileFacts file;

		private final List<EvidenceStore.StoredRow> batch = new ArrayList<>(BATCH);

		private final List<ImportReport.SkippedRow> skipped = new ArrayList<>();

		private @Nullable DatasetDescription dataset;

		private long datasetId;

		private EvidenceStore.@Nullable NewVersion version;

		private Map<String, Long> series = Map.of();

		private int taken;

		private int skippedCount;

		StoringSink(EvidenceStore.FileFacts file) {
			this.file = file;
		}

		@Override
		public void begin(DatasetDescription dataset) {
			this.dataset = dataset;
			this.datasetId = DatasetImporter.this.store.saveDataset(dataset);
			this.version = DatasetImporter.this.store.createVersion(this.datasetId, dataset, this.file,
					DatasetImporter.this.clock.instant());
			this.series = DatasetImporter.this.store.seriesOf(this.datasetId);
		}

		@Override
		public void accept(ObservationRow row) {
			long seriesId = this.series.computeIfAbsent(seriesKey(row.dimensions()),
					(key) -> DatasetImporter.this.store.createSeries(this.datasetId, key, row.dimensions()));
			this.batch.add(new EvidenceStore.StoredRow(seriesId, row));
			this.taken++;
			if (this.batch.size() == BATCH) {
				flush();
			}
		}

		@Override
		public void skip(int line, String reason) {
			this.skippedCount++;
			if (this.skipped.size() < SKIPS_REPORTED) {
				this.skipped.add(new ImportReport.SkippedRow(line, reason));
			}
		}

		ImportReport finish() {
			if (this.version == null || this.dataset == null) {
				throw new ImportRejectedException(0, "the file holds no data rows");
			}
			flush();
			DatasetImporter.this.store.finishVersion(this.version.id(), this.taken, this.skippedCount, skippedNote());
			return new ImportReport(this.dataset.code(), this.version.number(), false, this.taken, this.skippedCount,
					List.copyOf(this.skipped));
		}

		private void flush() {
			if (!this.batch.isEmpty()) {
				DatasetImporter.this.store.insertObservations(this.version.id(), this.batch);
				this.batch.clear();
			}
		}

		private @Nullable String skippedNote() {
			if (this.skippedCount == 0) {
				return null;
			}
			String reasons = this.skipped.stream()
				.map(ImportReport.SkippedRow::reason)
				.distinct()
				.limit(5)
				.collect(Collectors.joining("; "));
			String note = this.skippedCount + " rows name no country and were not imported, for example: " + reasons;
			return (note.length() > 1000) ? note.substring(0, 997) + "..." : note;
		}

	}

	/**
	 * The key of a series: its dimensions in name order, each value escaped so the key
	 * reads back unambiguously.
	 */
	static String seriesKey(SortedMap<String, String> dimensions) {
		return dimensions.entrySet()
			.stream()
			.map((entry) -> escape(entry.getKey()) + "=" + escape(entry.getValue()))
			.collect(Collectors.joining("|"));
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("|", "\\|").replace("=", "\\=");
	}

}
