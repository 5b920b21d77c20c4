package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Imports files named on the command line, each in its own transaction, and prints what
 * became of each. The audit trail names the operating-system account that ran it.
 */
@Component
public class CommandLineImport {

	private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.ENGLISH);

	/** Skipped and rejected rows listed per file; the rest are counted. */
	private static final int LISTED = 5;

	private final DatasetImports imports;

	CommandLineImport(DatasetImports imports) {
		this.imports = imports;
	}

	/**
	 * @return 0 when every file was imported or unchanged, 1 when a file was refused, 2
	 * when a file could not be read or the format is unknown
	 */
	public int run(List<String> files, @Nullable String format, boolean lenient, PrintStream out, PrintStream err) {
		ImportMode mode = lenient ? ImportMode.LENIENT : ImportMode.STRICT;
		int status = 0;
		runAs("cli:" + System.getProperty("user.name", "unknown"));
		try {
			for (String name : files) {
				status = Math.max(status, importOne(Path.of(name), format, mode, out, err));
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return status;
	}

	private int importOne(Path file, @Nullable String format, ImportMode mode, PrintStream out, PrintStream err) {
		String name = file.getFileName().toString();
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			err.println(name + ": cannot be read (" + file.toAbsolutePath() + ")");
			return 2;
		}
		try {
			print(name, this.imports.importFile(file, name, format, mode), out);
			return 0;
		}
		catch (ImportRejectedException ex) {
			String where = (ex.line() > 0) ? "refused at line " + ex.line() + ": " + ex.reason()
					: "refused: " + ex.reason();
			err.println(name + ": " + where + "; nothing was imported");
			return ex.reason().startsWith("unknown format") ? 2 : 1;
		}
		catch (IOException ex) {
			err.println(name + ": cannot be read (" + ex.getMessage() + ")");
			return 2;
		}
	}

	private static void print(String name, ImportReport report, PrintStream out) {
		if (report.unchanged()) {
			out.println(name + ": imported before as " + report.dataset() + " version " + report.version()
					+ "; nothing to do");
			return;
		}
		out.println(name + ": imported as " + report.dataset() + " version " + report.version() + " (" + report.format()
				+ ", " + report.mode().code() + "): " + COUNT.format(report.rowsTaken()) + " rows taken, "
				+ COUNT.format(report.rowsSkipped()) + " skipped, " + COUNT.format(report.rowsRejected())
				+ " rejected, in " + COUNT.format(report.millis()) + " ms (" + COUNT.format(report.rowsPerSecond())
				+ " rows/s; " + COUNT.format(report.cpuMillis()) + " ms processor time)");
		list("skipped", report.skipped(), report.rowsSkipped(), out);
		list("rejected", report.rejected(), report.rowsRejected(), out);
	}

	private static void list(String what, List<ImportReport.SkippedRow> rows, int count, PrintStream out) {
		rows.stream()
			.limit(LISTED)
			.forEach((row) -> out.println("  " + what + " line " + row.line() + ": " + row.reason()));
		if (count > LISTED) {
			out.println("  ... and " + COUNT.format(count - LISTED) + " more " + what + " rows");
		}
	}

	private static void runAs(String name) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
					AuthorityUtils.createAuthorityList("ROLE_DATA_STEWARD")));
	}

}
