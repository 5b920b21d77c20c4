package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.AuditTrail;
import org.pexbsr.identity.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * Imports a data steward's file, from the API, the upload page or the command line, and
 * leaves a record of it in the audit trail, whether it was imported, found unchanged or
 * refused.
 */
@Service
class DatasetImports {

	static final String IMPORTED = "evidence.dataset.imported";

	static final String UNCHANGED = "evidence.dataset.import-unchanged";

	static final String REFUSED = "evidence.dataset.import-refused";

	private final DatasetImporter importer;

	private final AuditTrail audit;

	DatasetImports(DatasetImporter importer, AuditTrail audit) {
		this.importer = importer;
		this.audit = audit;
	}

	/**
	 * @param file the uploaded file, already on disk
	 * @param fileName the name the steward gave it
	 * @param format a format name, or {@code null} to detect it
	 * @param mode strict or lenient
	 * @throws ImportRejectedException when the file is refused; nothing was stored
	 */
	ImportReport importFile(Path file, String fileName, @Nullable String format, ImportMode mode) throws IOException {
		ImportReport report;
		try {
			report = this.importer.importFile(file, fileName, format, mode, CurrentUser.get().username());
		}
		catch (ImportRejectedException ex) {
			this.audit.record(REFUSED, target(fileName), limit(ex.getMessage()));
			throw ex;
		}
		this.audit.record(report.unchanged() ? UNCHANGED : IMPORTED,
				"evidence/datasets/" + report.dataset() + "/versions/" + report.version(),
				limit(detail(fileName, report)));
		return report;
	}

	/** The formats a steward may name. */
	java.util.List<String> formats() {
		return this.importer.formats();
	}

	private static String detail(String fileName, ImportReport report) {
		return "file " + fileName + ", format " + report.format() + ", " + report.mode().code() + ", "
				+ report.rowsTaken() + " rows taken, " + report.rowsSkipped() + " skipped, " + report.rowsRejected()
				+ " rejected";
	}

	private static String target(String fileName) {
		return limit("evidence/imports/" + fileName, 300);
	}

	private static String limit(String text) {
		return limit(text, 1000);
	}

	private static String limit(String text, int length) {
		return (text.length() > length) ? text.substring(0, length - 3) + "..." : text;
	}

}
