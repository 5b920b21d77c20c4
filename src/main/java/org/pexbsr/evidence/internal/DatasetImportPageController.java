package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for importing: the upload form for data stewards, a dataset's versions, and what
 * changed between two of them. All work without JavaScript.
 */
@Controller
class DatasetImportPageController {

	static final String UPLOAD = "/evidence/imports";

	private static final int RECENT = 20;

	private final DatasetImports imports;

	private final DatasetVersions versions;

	private final VersionChanges changes;

	private final DataSize limit;

	DatasetImportPageController(DatasetImports imports, DatasetVersions versions, VersionChanges changes,
			@Value("${spring.servlet.multipart.max-request-size:60MB}") DataSize limit) {
		this.imports = imports;
		this.versions = versions;
		this.changes = changes;
		this.limit = limit;
	}

	@GetMapping(UPLOAD)
	String form(Model model) {
		model.addAttribute("formats", this.imports.formats());
		model.addAttribute("limitMegabytes", this.limit.toMegabytes());
		model.addAttribute("recent", this.versions.recent(RECENT));
		return "evidence/imports";
	}

	@PostMapping(UPLOAD)
	String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) @Nullable String format,
			@RequestParam(required = false) @Nullable String mode, RedirectAttributes redirect) throws IOException {
		String name = UploadedFiles.nameOf(file);
		if (file.isEmpty()) {
			redirect.addFlashAttribute("refusal", new Refusal(name, 0, "the file is empty"));
			return "redirect:" + UPLOAD;
		}
		Path stored = UploadedFiles.store(file);
		try {
			ImportReport report = this.imports.importFile(stored, name, format, ImportMode.named(mode));
			redirect.addFlashAttribute("outcome", Outcome.of(name, report));
		}
		catch (ImportRejectedException ex) {
			redirect.addFlashAttribute("refusal", new Refusal(name, ex.line(), ex.reason()));
		}
		finally {
			Files.deleteIfExists(stored);
		}
		return "redirect:" + UPLOAD;
	}

	@GetMapping("/evidence/datasets/{code}/versions")
	String versions(@PathVariable String code, Model model) {
		DatasetVersions.Dataset dataset = dataset(code);
		model.addAttribute("dataset", dataset);
		model.addAttribute("versions", this.versions.versions(dataset.id()));
		return "evidence/dataset-versions";
	}

	@GetMapping("/evidence/datasets/{code}/changes")
	String changes(@PathVariable String code, @RequestParam(required = false) @Nullable Integer from,
			@RequestParam(required = false) @Nullable Integer to, @RequestParam(required = false) @Nullable String kind,
			Model model) {
		DatasetVersions.Dataset dataset = dataset(code);
		List<DatasetVersion> all = this.versions.versions(dataset.id());
		model.addAttribute("dataset", dataset);
		model.addAttribute("versions", all);
		if (all.size() < 2 && (from == null || to == null)) {
			return "evidence/dataset-changes";
		}
		int newer = (to != null) ? to : all.get(0).number();
		int older = (from != null) ? from : newer - 1;
		VersionChanges.ChangeKind wanted = (kind != null && !kind.isBlank()) ? VersionChanges.ChangeKind.ofCode(kind)
				: null;
		model.addAttribute("comparison", this.changes.compare(code, older, newer, wanted));
		model.addAttribute("kind", wanted);
		model.addAttribute("kinds", VersionChanges.ChangeKind.values());
		return "evidence/dataset-changes";
	}

	private DatasetVersions.Dataset dataset(String code) {
		return this.versions.dataset(code).orElseThrow(() -> new DatasetNotFoundException("No dataset '" + code + "'"));
	}

	/**
	 * A file that was refused, for the page after the redirect.
	 *
	 * @param fileName the file
	 * @param line the line at fault, or 0 for the file as a whole
	 * @param reason what is wrong
	 */
	record Refusal(String fileName, int line, String reason) implements Serializable {

	}

	/**
	 * An import that went through, for the page after the redirect.
	 *
	 * @param fileName the file
	 * @param dataset the dataset's code
	 * @param version the version
	 * @param unchanged whether the file had been imported before
	 * @param format the reader
	 * @param lenient whether bad rows were left out rather than refusing the file
	 * @param rowsTaken rows stored
	 * @param rowsSkipped rows naming no country
	 * @param rowsRejected invalid rows left out
	 * @param rejected those rows with the reason
	 */
	record Outcome(String fileName, String dataset, int version, boolean unchanged, String format, boolean lenient,
			int rowsTaken, int rowsSkipped, int rowsRejected,
			List<ImportReport.SkippedRow> rejected) implements Serializable {

		static Outcome of(String fileName, ImportReport report) {
			return new Outcome(fileName, report.dataset(), report.version(), report.unchanged(), report.format(),
					report.mode() == ImportMode.LENIENT, report.rowsTaken(), report.rowsSkipped(),
					report.rowsRejected(), List.copyOf(report.rejected()));
		}

	}

}
