package org.pexbsr.identity.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail for administrators: search it by actor, action, target and period, and
 * export what was found as CSV. Nothing here, or anywhere else, changes a record; an
 * export is itself recorded.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private static final String[] HEADER = { "id", "recorded_at", "actor", "action", "target", "detail",
			"remote_address" };

	private final JdbcAuditTrail audit;

	private final Clock clock;

	AuditController(JdbcAuditTrail audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/admin/audit")
	String search(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String target,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditQuery query = new AuditQuery(actor, action, target, from, to);
		int current = Math.max(page, 0);
		long total = this.audit.count(query);
		model.addAttribute("query", query);
		model.addAttribute("records", this.audit.search(query, current * PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("total", total);
		model.addAttribute("page", current);
		model.addAttribute("lastPage", Math.max(0, (total - 1) / PAGE_SIZE));
		model.addAttribute("filters", filters(query));
		return "identity/admin/audit";
	}

	@GetMapping("/admin/audit/export")
	void export(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String target,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			HttpServletResponse response) throws IOException {
		AuditQuery query = new AuditQuery(actor, action, target, from, to);
		this.audit.record("identity.audit.exported", "identity/audit", describe(query));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail-"
				+ LocalDate.now(this.clock).format(DateTimeFormatter.ISO_DATE) + ".csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
		try (CSVPrinter csv = new CSVPrinter(writer, format)) {
			this.audit.forEach(query, (record) -> print(csv, record));
		}
	}

	private static void print(CSVPrinter csv, AuditRecord record) {
		try {
			csv.printRecord(record.id(), record.recordedAt(), inert(record.actor()), inert(record.action()),
					inert(record.target()), inert(record.detail()), inert(record.remoteAddress()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A cell that a spreadsheet would take for a formula (it starts with =, +, -, @, or a
	 * tab or carriage return) gets a leading apostrophe, as OWASP advises against CSV
	 * injection; the CSV library quotes, but does not do this.
	 */
	static @Nullable String inert(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + value : value;
	}

	/**
	 * The search as a query string, such as {@code ?actor=anna&action=}, for the export
	 * and page links.
	 */
	static String filters(AuditQuery query) {
		return UriComponentsBuilder.newInstance()
			.queryParam("actor", nullToEmpty(query.actor()))
			.queryParam("action", nullToEmpty(query.action()))
			.queryParam("target", nullToEmpty(query.target()))
			.queryParam("from", nullToEmpty(query.from()))
			.queryParam("to", nullToEmpty(query.to()))
			.encode()
			.build()
			.toUriString();
	}

	private static String describe(AuditQuery query) {
		return "actor=" + nullToEmpty(query.actor()) + " action=" + nullToEmpty(query.action()) + " target="
				+ nullToEmpty(query.target()) + " from=" + nullToEmpty(query.from()) + " to=" + nullToEmpty(query.to());
	}

	private static String nullToEmpty(@Nullable Object value) {
		return (value != null) ? value.toString() : "";
	}

}
