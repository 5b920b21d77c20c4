package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import API for data stewards, and the versions of a dataset with what changed
 * between them.
 */
@RestController
@Tag(name = "Evidence imports", description = "Importing publishers' files as new dataset versions")
class DatasetImportApiController {

	static final String IMPORTS = "/api/v1/evidence/imports";

	private final DatasetImports imports;

	private final DatasetVersions versions;

	private final VersionChanges changes;

	DatasetImportApiController(DatasetImports imports, DatasetVersions versions, VersionChanges changes) {
		this.imports = imports;
		this.versions = versions;
		this.changes = changes;
	}

	@PostMapping(path = IMPORTS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Imports a publisher's file as a new version of its dataset (data stewards)",
			description = "The file is read in one transaction. Strict by default: one bad row refuses the whole "
					+ "file with a problem document naming the line, and nothing is stored. With mode=lenient, bad "
					+ "rows are left out and listed. A file imported before is recognised and not imported again. "
					+ "Formats: unodc-glotip-xlsx, worldbank-wdi-csv, un-sdg-ddf-csv, eurostat-tsv, "
					+ "eurostat-sdmx-csv, ctdc-global-csv; detected from the content when not named.")
	ResponseEntity<ImportResponse> importFile(@RequestPart("file") MultipartFile file,
			@Parameter(description = "A format name; detected from the file when left out") @RequestParam(
					required = false) @Nullable String format,
			@Parameter(description = "strict (default) or lenient") @RequestParam(
					required = false) @Nullable String mode)
			throws IOException {
		ImportMode importMode = ImportMode.named(mode);
		Path stored = UploadedFiles.store(file);
		try {
			ImportReport report = this.imports.importFile(stored, UploadedFiles.nameOf(file), format, importMode);
			ImportResponse body = ImportResponse.of(report);
			if (report.unchanged()) {
				return ResponseEntity.ok(body);
			}
			return ResponseEntity.created(URI.create("/api/v1/evidence/datasets/" + report.dataset() + "/versions"))
				.body(body);
		}
		finally {
			Files.deleteIfExists(stored);
		}
	}

	@GetMapping("/api/v1/evidence/datasets/{code}/versions")
	@Operation(summary = "Every imported version of a dataset, newest first")
	List<DatasetVersion> versions(@PathVariable String code) {
		DatasetVersions.Dataset dataset = this.versions.dataset(code)
			.orElseThrow(() -> new DatasetNotFoundException("No dataset '" + code + "'"));
		return this.versions.versions(dataset.id());
	}

	@GetMapping("/api/v1/evidence/datasets/{code}/changes")
	@Operation(summary = "What changed between two versions of a dataset",
			description = "Cells added, removed, revised and with changed flags, counted, and the first "
					+ VersionChanges.LISTED + " listed. A key the files repeat is matched by its order of "
					+ "occurrence. For case-level datasets only the numbers of records added and removed.")
	ChangesResponse changes(@PathVariable String code, @RequestParam int from, @RequestParam int to,
			@Parameter(description = "added, removed, revised or flags-changed; all when left out") @RequestParam(
					required = false) @Nullable String kind) {
		VersionChanges.ChangeKind wanted = (kind != null) ? VersionChanges.ChangeKind.ofCode(kind) : null;
		return ChangesResponse.of(this.changes.compare(code, from, to, wanted));
	}

	@ExceptionHandler(ImportRejectedException.class)
	ResponseEntity<ProblemDetail> refused(ImportRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("File refused; nothing was imported");
		problem.setType(URI.create("urn:pex:evidence:import-refused"));
		if (ex.line() > 0) {
			problem.setProperty("line", ex.line());
		}
		problem.setProperty("reason", ex.reason());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * @param dataset the dataset's code
	 * @param version the version created, or the one the same file created before
	 * @param unchanged whether the file had been imported before, so nothing was written
	 * @param format the reader that read it
	 * @param mode strict or lenient
	 * @param rowsTaken figures or case records stored
	 * @param rowsSkipped rows that name no country (regions, aggregates)
	 * @param skipped the first of those, with the reason
	 * @param rowsRejected invalid rows left out by a lenient import
	 * @param rejected those rows with the reason (up to 1,000)
	 * @param millis how long the import took
	 */
	record ImportResponse(String dataset, int version, boolean unchanged, String format, String mode, int rowsTaken,
			int rowsSkipped, List<ImportReport.SkippedRow> skipped, int rowsRejected,
			List<ImportReport.SkippedRow> rejected, long millis) {

		static ImportResponse of(ImportReport report) {
			return new ImportResponse(report.dataset(), report.version(), report.unchanged(), report.format(),
					report.mode().code(), report.rowsTaken(), report.rowsSkipped(), report.skipped(),
					report.rowsRejected(), report.rejected(), report.millis());
		}

	}

	/**
	 * @param dataset the dataset's code
	 * @param from the version compared from
	 * @param to the version compared to
	 * @param counts changed cells by kind
	 * @param complete whether every change asked for is listed
	 * @param changes the changes listed
	 * @param recordsAdded for case-level datasets, records added
	 * @param recordsRemoved for case-level datasets, records removed
	 */
	record ChangesResponse(String dataset, int from, int to, Map<String, Integer> counts, boolean complete,
			List<ChangeResponse> changes, @Nullable Integer recordsAdded, @Nullable Integer recordsRemoved) {

		static ChangesResponse of(VersionChanges.Comparison comparison) {
			boolean cases = comparison.dataset().kind() == RecordKind.CASE_RECORDS;
			Map<String, Integer> counts = new LinkedHashMap<>();
			comparison.counts().forEach((kind, count) -> counts.put(kind.code(), count));
			return new ChangesResponse(comparison.dataset().code(), comparison.from(), comparison.to(), counts,
					comparison.complete(), comparison.changes().stream().map(ChangeResponse::of).toList(),
					cases ? comparison.recordsAdded() : null, cases ? comparison.recordsRemoved() : null);
		}

	}

	/**
	 * @param kind added, removed, revised or flags-changed
	 * @param geo country
	 * @param time period
	 * @param dimensions what the cell counts
	 * @param occurrence which occurrence of a repeated key, from 1
	 * @param before the figure as the older version shows it
	 * @param after the figure as the newer version shows it
	 * @param flagsBefore flags in the older version
	 * @param flagsAfter flags in the newer version
	 * @param lineBefore line in the older version's file
	 * @param lineAfter line in the newer version's file
	 */
	record ChangeResponse(String kind, String geo, String time, Map<String, String> dimensions, int occurrence,
			@Nullable String before, @Nullable String after, @Nullable String flagsBefore, @Nullable String flagsAfter,
			@Nullable Integer lineBefore, @Nullable Integer lineAfter) {

		static ChangeResponse of(VersionChanges.Change change) {
			VersionChanges.Cell before = change.before();
			VersionChanges.Cell after = change.after();
			return new ChangeResponse(change.kind().code(), change.geo(), change.period(), change.dimensions(),
					change.occurrence(), (before != null) ? before.display() : null,
					(after != null) ? after.display() : null, (before != null) ? before.flags() : null,
					(after != null) ? after.flags() : null, (before != null) ? before.line() : null,
					(after != null) ? after.line() : null);
		}

	}

}
