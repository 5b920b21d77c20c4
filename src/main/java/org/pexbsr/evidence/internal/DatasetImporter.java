package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
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
 * with a bad line is refused with that line's number and the database is left as it was
 * (or, in lenient mode, the bad lines are left out and listed). A file imported before is
 * recognised by its SHA-256 and not imported again.
 */
@Service
class DatasetImporter {

	private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);

	private static final int BATCH = 2_000;

	private static final int SKIPS_REPORTED = 20;

	/**
	 * The platform's dataset codes go into addresses and pages; a reader that builds one
	 * from what a file says (World Bank and SDG codes) must not carry markup or odd
	 * characters into them.
	 */
	/** Where Commons CSV says the fault is: {@code ... at line: 6, position: 26}. */
	private static final java.util.regex.Pattern LINE_IN_MESSAGE = java.util.regex.Pattern.compile("line:? (\\d+)");

	private static final java.util.regex.Pattern DATASET_CODE = java.util.regex.Pattern
		.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

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

	/** A strict import. */
	ImportReport importFile(Path file, String fileName, @Nullable String format, String importedBy) throws IOException {
		return importFile(file, fileName, format, ImportMode.STRICT, importedBy);
	}

	/**
	 * @param file the file to import
	 * @param fileName its name as the uploader knows it
	 * @param format a reader's format name, or {@code null} to tell the format from the
	 * file
	 * @param mode strict, or lenient to leave bad rows out
	 * @param importedBy who imports it, for the record
	 * @throws ImportRejectedException when the file cannot be imported, naming the line
	 * at fault
	 */
	ImportReport importFile(Path file, String fileName, @Nullable String format, ImportMode mode, String importedBy)
			throws IOException {
		DatasetReader reader = readerFor(file, fileName, format);
		String sha256 = sha256(file);
		var earlier = this.store.findImportedFile(sha256);
		if (earlier.isPresent()) {
			EvidenceStore.ImportedFile imported = earlier.get();
			log.info("{} was imported before as {} version {}; nothing to do", fileName, imported.dataset(),
					imported.version());
			return new ImportReport(imported.dataset(), imported.version(), true, imported.format(), imported.mode(),
					imported.rows(), imported.skipped(), List.of(), imported.rejected(), List.of(), 0, 0);
		}

		long started = System.nanoTime();
		long cpuStarted = CPU.getCurrentThreadCpuTime();
		EvidenceStore.FileFacts facts = new EvidenceStore.FileFacts(fileName, sha256, reader.format(), importedBy,
				mode);
		ImportReport read = this.transaction.execute((status) -> read(reader, file, fileName, facts));
		ImportReport report = withTimes(read, (System.nanoTime() - started) / 1_000_000,
				(CPU.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
		log.info("Imported {} version {} from {}: {} rows taken, {} skipped, {} rejected, in {} ms ({} ms processor)",
				report.dataset(), report.version(), fileName, report.rowsTaken(), report.rowsSkipped(),
				report.rowsRejected(), report.millis(), report.cpuMillis());
		this.events.publishEvent(new DatasetImported(report.dataset(), report.version(), report.rowsTaken()));
		return report;
	}

	/** The format names uploaders may give, in the order formats are tried. */
	List<String> formats() {
		return this.readers.stream().map(DatasetReader::format).toList();
	}

	private ImportReport read(DatasetReader reader, Path file, String fileName, EvidenceStore.FileFacts facts) {
		StoringSink sink = new StoringSink(facts);
		try {
			reader.read(file, fileName, sink);
		}
		catch (IOException ex) {
			throw unreadable(reader, ex);
		}
		catch (UncheckedIOException ex) {
			throw unreadable(reader, ex.getCause());
		}
		return sink.finish();
	}

	/**
	 * Reading touches only the uploaded file, so an input error there means the file is
	 * not what its format says (a quote out of place in a CSV, a broken gzip or
	 * workbook): the uploader's mistake, told as a refusal, not a server error.
	 */
	private static ImportRejectedException unreadable(DatasetReader reader, IOException ex) {
		String message = String.valueOf(ex.getMessage());
		java.util.regex.Matcher line = LINE_IN_MESSAGE.matcher(message);
		return new ImportRejectedException(line.find() ? Integer.parseInt(line.group(1)) : 0,
				"the file cannot be read as " + reader.format() + " (" + message + ")");
	}

	private DatasetReader readerFor(Path file, String fileName, @Nullable String format) throws IOException {
		byte[] head = TextFiles.head(file);
		DatasetReader chosen;
		if (format != null && !format.isBlank()) {
			chosen = this.readers.stream()
				.filter((reader) -> reader.format().equals(format.strip()))
				.findFirst()
				.orElseThrow(() -> new ImportRejectedException(0,
						"unknown format '" + format + "'; known formats: " + String.join(", ", formats())));
		}
		else {
			chosen = this.readers.stream()
				.filter((reader) -> reader.recognises(fileName, head))
				.findFirst()
				.orElse(null);
		}
		refuseWrongKind(chosen, fileName, head);
		if (chosen == null) {
			throw new ImportRejectedException(0, "the format of " + fileName
					+ " was not recognised; name it as one of: " + String.join(", ", formats()));
		}
		return chosen;
	}

	/** Only the GLOTIP workbook is a ZIP; every other reader reads text. */
	private static void refuseWrongKind(@Nullable DatasetReader reader, String fileName, byte[] head) {
		String kind = BinaryContent.kindOf(head).orElse(null);
		boolean workbook = reader != null && reader.format().equals(GlotipReader.FORMAT);
		if (kind == null || (workbook && kind.equals(BinaryContent.ZIP))) {
			return;
		}
		throw new ImportRejectedException(0, fileName + " is " + kind + ", not a statistics file the platform "
				+ "reads: upload the publisher's CSV or TSV text (gzip allowed) or the UNODC GLOTIP workbook");
	}

	private static String sha256(Path file) throws IOException {
		try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
				MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(in.getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static ImportReport withTimes(ImportReport report, long millis, long cpuMillis) {
		return new ImportReport(report.dataset(), report.version(), report.unchanged(), report.format(), report.mode(),
				report.rowsTaken(), report.rowsSkipped(), report.skipped(), report.rowsRejected(), report.rejected(),
				millis, cpuMillis);
	}

	/**
	 * Stores rows as the reader hands them over, in batches, reusing the dataset's
	 * series.
	 */
	private final class StoringSink implements ObservationSink {

		private final EvidenceStore.FileFacts file;

		private final List<EvidenceStore.StoredRow> batch = new ArrayList<>(BATCH);

		private final List<CaseRecord> cases = new ArrayList<>(BATCH);

		private final List<ImportReport.SkippedRow> skipped = new ArrayList<>();

		private final List<ImportReport.SkippedRow> rejected = new ArrayList<>();

		private @Nullable DatasetDescription dataset;

		private long datasetId;

		private EvidenceStore.@Nullable NewVersion version;

		private Map<String, EvidenceStore.Series> series = new HashMap<>();

		private final List<EvidenceStore.Series> newSeries = new ArrayList<>();

		/**
		 * Readers hand the same dimensions to every figure of a line; remembering the
		 * last saves building the series key again for each.
		 */
		private @Nullable SortedMap<String, String> lastDimensions;

		private EvidenceStore.@Nullable Series lastSeries;

		private int taken;

		private int skippedCount;

		private int rejectedCount;

		StoringSink(EvidenceStore.FileFacts file) {
			this.file = file;
		}

		@Override
		public void begin(DatasetDescription dataset) {
			if (dataset.code().length() > 100 || !DATASET_CODE.matcher(dataset.code()).matches()) {
				throw new ImportRejectedException(0, "the file names its dataset '" + dataset.code()
						+ "'; a dataset code may hold only letters, digits, dots, hyphens and underscores");
			}
			this.dataset = dataset;
			this.datasetId = DatasetImporter.this.store.saveDataset(dataset);
			this.version = DatasetImporter.this.store.createVersion(this.datasetId, dataset, this.file,
					DatasetImporter.this.clock.instant());
			this.series = DatasetImporter.this.store.seriesOf(this.datasetId);
		}

		@Override
		public void accept(ObservationRow row) {
			expect(RecordKind.OBSERVATIONS, row.line());
			this.batch.add(new EvidenceStore.StoredRow(seriesOf(row.dimensions()), row));
			this.taken++;
			if (this.batch.size() == BATCH) {
				flush();
			}
		}

		@Override
		public void acceptCase(CaseRecord record) {
			expect(RecordKind.CASE_RECORDS, record.line());
			this.cases.add(record);
			this.taken++;
			if (this.cases.size() == BATCH) {
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

		@Override
		public void reject(ImportRejectedException problem) {
			if (this.file.mode() == ImportMode.STRICT) {
				throw problem;
			}
			this.rejectedCount++;
			if (this.rejected.size() < ImportReport.REJECTED_LISTED) {
				this.rejected.add(new ImportReport.SkippedRow(problem.line(), problem.reason()));
			}
		}

		ImportReport finish() {
			if (this.version == null || this.dataset == null || this.taken == 0) {
				String rejectedNote = (this.rejectedCount > 0)
						? "; all " + this.rejectedCount + " rows were invalid, for example " + this.rejected.get(0)
						: "";
				throw new ImportRejectedException(0, "the file holds no data rows" + rejectedNote);
			}
			flush();
			DatasetImporter.this.store.finishVersion(this.version.id(), new EvidenceStore.Counts(this.taken,
					this.skippedCount, skippedNote(), this.rejectedCount, rejectedNote()));
			return new ImportReport(this.dataset.code(), this.version.number(), false, this.file.format(),
					this.file.mode(), this.taken, this.skippedCount, List.copyOf(this.skipped), this.rejectedCount,
					List.copyOf(this.rejected), 0, 0);
		}

		private EvidenceStore.Series seriesOf(SortedMap<String, String> dimensions) {
			if (dimensions == this.lastDimensions && this.lastSeries != null) {
				return this.lastSeries;
			}
			EvidenceStore.Series series = this.series.computeIfAbsent(seriesKey(dimensions), (key) -> {
				EvidenceStore.Series created = new EvidenceStore.Series(key, dimensions);
				this.newSeries.add(created);
				return created;
			});
			this.lastDimensions = dimensions;
			this.lastSeries = series;
			return series;
		}

		private void expect(RecordKind kind, int line) {
			if (this.dataset == null || this.version == null) {
				throw new IllegalStateException("A reader handed over line " + line + " before naming its dataset");
			}
			if (this.dataset.kind() != kind) {
				throw new IllegalStateException("A reader of " + this.dataset.kind() + " handed over " + kind);
			}
		}

		private void flush() {
			if (!this.newSeries.isEmpty()) {
				DatasetImporter.this.store.createSeries(this.datasetId, this.newSeries);
				this.newSeries.clear();
			}
			if (!this.batch.isEmpty()) {
				DatasetImporter.this.store.insertObservations(this.version.id(), this.batch);
				this.batch.clear();
			}
			if (!this.cases.isEmpty()) {
				DatasetImporter.this.store.insertCaseRecords(this.version.id(), this.cases);
				this.cases.clear();
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
			return shorten(this.skippedCount + " rows name no country and were not imported, for example: " + reasons);
		}

		private @Nullable String rejectedNote() {
			if (this.rejectedCount == 0) {
				return null;
			}
			String examples = this.rejected.stream()
				.limit(5)
				.map((row) -> "line " + row.line() + ": " + row.reason())
				.collect(Collectors.joining("; "));
			return shorten(
					this.rejectedCount + " invalid rows were left out (lenient import), for example: " + examples);
		}

		private static String shorten(String note) {
			return (note.length() > 1000) ? note.substring(0, 997) + "..." : note;
		}

	}

	/**
	 * The key of a series: its dimensions in name order, each value escaped so the key
	 * reads back unambiguously.
	 */
	static String seriesKey(SortedMap<String, String> dimensions) {
		StringBuilder key = new StringBuilder(128);
		for (Map.Entry<String, String> entry : dimensions.entrySet()) {
			if (!key.isEmpty()) {
				key.append('|');
			}
			escape(entry.getKey(), key);
			key.append('=');
			escape(entry.getValue(), key);
		}
		return key.toString();
	}

	private static void escape(String text, StringBuilder key) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' || c == '|' || c == '=') {
				key.append('\\');
			}
			key.append(c);
		}
	}

}
