package org.pexbsr.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * No endpoint changes or deletes an audit record: every route the application has is
 * called with every HTTP method, as an administrator with a valid form token, with the
 * record's own id in every path variable, and afterwards every record is as it was. It
 * runs in a context of its own, since calling every route as an administrator changes
 * other data that the shared test context must keep.
 */
@SpringBootTest(properties = "pex.evidence.import-shipped-datasets=false")
@AutoConfigureMockMvc
class NoRouteChangesTheAuditTrailTests {

	private static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
			HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcAuditTrail audit;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Test
	void leavesEveryRecordAsItWasAfterEveryRouteWasCalledWithEveryMethod() {
		this.audit.recordAs("investigator", "protocol.restricted.read", "protocol/financial-investigation", null);
		long newest = this.jdbc.sql("select max(id) from identity_audit_record").query(Long.class).single();
		List<Map<String, Object>> before = records(newest);

		Set<String> called = new TreeSet<>();
		for (String path : paths(Long.toString(newest))) {
			for (HttpMethod method : METHODS) {
				callQuietly(method, path, newest);
				called.add(method + " " + path);
			}
		}

		assertThat(called).as("routes called")
			.hasSizeGreaterThan(100)
			.contains("POST /admin/audit", "DELETE /admin/audit", "POST /admin/audit/export");
		assertThat(records(newest)).isEqualTo(before);
	}

	private void callQuietly(HttpMethod method, String path, long id) {
		try {
			this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, path)
				.with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("id", Long.toString(id))
				.param("action", "nothing.happened")
				.param("actor", "someone-else")
				.param("target", "elsewhere")
				.param("detail", "changed"));
		}
		catch (Exception ex) {
			// A route that fails on this made-up request changes nothing either; what
			// counts is the table afterwards.
		}
	}

	/**
	 * Every route's path with its variables filled in, plus the audit pages themselves.
	 */
	private Set<String> paths(String value) {
		Set<String> paths = new TreeSet<>(List.of("/admin/audit", "/admin/audit/export", "/admin/audit/" + value));
		for (RequestMappingInfo info : this.handlers.getHandlerMethods().keySet()) {
			if (info.getPathPatternsCondition() == null) {
				continue;
			}
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				paths.add(filled(pattern.getPatternString(), value));
			}
		}
		return paths;
	}

	/**
	 * The pattern with each {@code {variable}} (even one with a regular expression)
	 * replaced.
	 */
	static String filled(String pattern, String value) {
		StringBuilder path = new StringBuilder();
		int depth = 0;
		for (char character : pattern.toCharArray()) {
			if (character == '{') {
				if (depth++ == 0) {
					path.append(value);
				}
			}
			else if (character == '}') {
				depth--;
			}
			else if (depth == 0) {
				path.append(character);
			}
		}
		return path.toString().replace("/**", "/" + value).replace("/*", "/" + value);
	}

	private List<Map<String, Object>> records(long upTo) {
		return new ArrayList<>(this.jdbc.sql("select * from identity_audit_record where id <= :id order by id")
			.param("id", upTo)
			.query()
			.listOfRows());
	}

}
