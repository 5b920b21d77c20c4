package org.pexbsr.identity.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;
import org.pexbsr.identity.AuditTrail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Audit records say who did what to which thing, and an administrator finds them again: a
 * restricted chapter read (recorded through {@link AuditTrail} as the protocol module
 * does), sign-ins and failed sign-ins; by search on the page and in the CSV export.
 */
@PlatformTest
class AuditTrailTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	@WithMockUser(username = "investigator", roles = "INVESTIGATOR")
	void recordsTheActorActionAndTarget() {
		this.audit.record("test.thing.read", "test/thing-" + System.nanoTime(), "a detail");

		Map<String, Object> last = this.jdbc
			.sql("select actor, action, detail from identity_audit_record where action = 'test.thing.read' "
					+ "order by id desc fetch first 1 rows only")
			.query()
			.singleRow();
		assertThat(last).containsEntry("actor", "investigator").containsEntry("detail", "a detail");
	}

	@Test
	void letsAnAdministratorFindAndExportTheReadingOfARestrictedChapter() throws IOException {
		String chapter = "protocol/raid-planning-" + System.nanoTime();
		readAsInvestigator(chapter);

		Document page = Pages.parse(this.mvc.get()
			.uri("/admin/audit?actor=investigator&action=protocol.restricted&target={t}", chapter)
			.with(user("admin").roles("ADMIN")));
		MvcTestResult export = this.mvc.get()
			.uri("/admin/audit/export?actor=investigator&action=protocol.restricted.read&target={t}", chapter)
			.with(user("admin").roles("ADMIN"))
			.exchange();

		assertThat(page.selectFirst("#export").attr("href")).isEqualTo("/admin/audit/export?actor=investigator"
				+ "&action=protocol.restricted&target=" + chapter + "&from=&to=");
		List<Element> rows = page.select("#audit-records tbody tr");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).select("td").eachText()).containsSubsequence("investigator", "protocol.restricted.read",
				chapter);
		assertThat(export).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		List<CSVRecord> csv = parse(export);
		assertThat(csv).hasSize(1);
		assertThat(csv.get(0).get("actor")).isEqualTo("investigator");
		assertThat(csv.get(0).get("action")).isEqualTo("protocol.restricted.read");
		assertThat(csv.get(0).get("target")).isEqualTo(chapter);
	}

	@Test
	void recordsTheExportItself() {
		String marker = "marker-" + System.nanoTime();

		this.mvc.get().uri("/admin/audit/export?target={t}", marker).with(user("admin").roles("ADMIN")).exchange();

		assertThat(this.jdbc
			.sql("select actor from identity_audit_record where action = 'identity.audit.exported' "
					+ "and detail like :marker")
			.param("marker", "%" + marker + "%")
			.query(String.class)
			.list()).containsExactly("admin");
	}

	@Test
	void recordsSignInsAndFailuresWithTheNameOnlyWhenItIsAnAccount() {
		String typo = "no-such-person-" + System.nanoTime();
		long before = maxId();

		this.mvc.post().uri("/login").with(csrf()).param("username", "steward").param("password", "wrong").exchange();
		this.mvc.post().uri("/login").with(csrf()).param("username", typo).param("password", "wrong").exchange();
		this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", "steward")
			.param("password", "steward-password")
			.exchange();

		List<Map<String, Object>> records = this.jdbc
			.sql("select actor, action, target, detail from identity_audit_record where id > :id order by id")
			.param("id", before)
			.query()
			.listOfRows();
		assertThat(records).extracting((row) -> row.get("actor") + " " + row.get("action"))
			.contains("steward identity.sign-in.failed", "anonymous identity.sign-in.failed",
					"steward identity.sign-in.succeeded");
		assertThat(records.toString()).doesNotContain(typo).doesNotContain("wrong");
	}

	@Test
	void exportsCellsThatASpreadsheetWouldRunAsFormulasAsText() {
		assertThat(AuditController.inert("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(AuditController.inert("-1+2")).isEqualTo("'-1+2");
		assertThat(AuditController.inert("protocol/legal-framework")).isEqualTo("protocol/legal-framework");
	}

	@Test
	void refusesTheAuditPagesToEveryoneButAdministrators() {
		assertThat(this.mvc.get().uri("/admin/audit").with(user("editor").roles("EDITOR"))).hasStatus4xxClientError();
		assertThat(this.mvc.get().uri("/admin/audit/export").with(user("investigator").roles("INVESTIGATOR")))
			.hasStatus4xxClientError();
		assertThat(this.mvc.get().uri("/admin/audit")).hasStatus3xxRedirection();
	}

	/**
	 * What the protocol module's chapter page does when an investigator opens a
	 * restricted chapter.
	 */
	private void readAsInvestigator(String chapter) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("investigator", null,
				AuthorityUtils.createAuthorityList("ROLE_INVESTIGATOR")));
		SecurityContextHolder.setContext(context);
		try {
			this.audit.record("protocol.restricted.read", chapter, null);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private long maxId() {
		return this.jdbc.sql("select coalesce(max(id), 0) from identity_audit_record").query(Long.class).single();
	}

	private static List<CSVRecord> parse(MvcTestResult export) throws IOException {
		String body = export.getResponse().getContentAsString(StandardCharsets.UTF_8);
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body))
			.getRecords();
	}

}
