package org.pexbsr.identity.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pexbsr.PlatformTest;
import org.pexbsr.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every route the platform serves, asked by every role and by an anonymous caller,
 * answers as {@code identity/route-access.txt} says; and the table names every route and
 * no other. Authorisation is spread over the modules' {@code AccessRules} and a few
 * controllers (restricted chapters, organisation managers); this table is the one place
 * that shows the whole of it.
 *
 * <p>
 * Every request is one MockMvc call in the shared context. POST routes are sent with a
 * CSRF token and an empty multipart body, and with sample addresses that name nothing
 * (account 0, a made-up token), so a handler that is reached refuses the request after
 * security has let it through. The test checks that the tables such a request could
 * change keep their rows and the test accounts their state.
 */
@PlatformTest
class RouteAccessTests {

	/**
	 * Sent as the caller's network address so that nothing here counts against 127.0.0.1.
	 */
	private static final String CALLER_ADDRESS = "192.0.2.44";

	private static final List<String> GUARDED_TABLES = List.of("identity_account", "identity_account_role",
			"identity_organisation", "identity_organisation_manager", "identity_invitation",
			"identity_registration_code", "identity_password_reset", "identity_recovery_code", "user_credentials",
			"identity_access_token", "content_version", "evidence_dataset_version");

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountRepository accounts;

	MockMvcTester mvc;

	/**
	 * A MockMvc like the shared one (the same filters and customisations) that does not
	 * print: the shared one prints every request of a failed test, here some eight
	 * hundred, which would bury the one message that matters.
	 */
	@BeforeEach
	void useAQuietMockMvc() {
		DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(this.context);
		this.context.getBeansOfType(MockMvcBuilderCustomizer.class)
			.values()
			.stream()
			.filter((customizer) -> !(customizer instanceof SpringBootMockMvcBuilderCustomizer))
			.forEach((customizer) -> customizer.customize(builder));
		SpringBootMockMvcBuilderCustomizer quiet = new SpringBootMockMvcBuilderCustomizer(this.context);
		quiet.setAddFilters(true);
		quiet.setPrint(MockMvcPrint.NONE);
		quiet.customize(builder);
		this.mvc = MockMvcTester.create(builder.build());
	}

	@Test
	void namesEveryRouteOnceAndNoRouteThatIsGone() {
		RouteTable table = RouteTable.load();
		Set<String> served = ServedRoutes.of(this.context);

		Set<String> missing = new TreeSet<>(served);
		missing.removeAll(table.routeKeys());
		Set<String> gone = new TreeSet<>(table.routeKeys());
		gone.removeAll(served);

		assertThat(missing).as(RouteTable.missingMessage(missing)).isEmpty();
		assertThat(gone).as(RouteTable.goneMessage(gone)).isEmpty();
		assertThat(table.header()).as("the caller columns of %s", RouteTable.LOCATION)
			.containsExactlyElementsOf(RouteTable.callers());
	}

	@Test
	void answersEveryCallerOfEveryRouteAsTheTableSays() {
		Map<String, Object> before = guardedData();
		List<String> differences = new ArrayList<>();

		for (RouteTable.Row row : RouteTable.load().rows()) {
			differences.addAll(differences(row, observe(row)));
		}

		assertThat(differences)
			.as("Routes that answer otherwise than %s says (each line: what the table says and what the route "
					+ "answered); where the answer is right, correct the table, else the module's AccessRules:%n%s",
					RouteTable.LOCATION, String.join("\n", differences))
			.isEmpty();
		assertThat(guardedData()).as("the data a POST row could change; give such a row a sample that names nothing")
			.isEqualTo(before);
	}

	/**
	 * Every page, anonymous ones as an anonymous caller and the others as the first role
	 * the table lets in, keeps to the Content-Security-Policy, which forbids inline
	 * scripts and styles: scripts and stylesheets are files under /js and /css.
	 */
	@Test
	void servesEveryPageWithinTheContentSecurityPolicy() throws Exception {
		List<String> violations = new ArrayList<>();
		List<String> pages = new ArrayList<>();
		for (RouteTable.Row row : RouteTable.load().rows()) {
			String caller = row.firstAllowed().orElse(null);
			if (!row.method().equals("GET") || caller == null) {
				continue;
			}
			AbstractMockHttpServletRequestBuilder<?> request = request("GET", URI.create(resolve(row.sample())));
			if (!caller.equals(RouteTable.ANONYMOUS)) {
				request.with(user(usernameOf(Role.valueOf(caller))).roles(caller));
			}
			MvcResult result = this.mvc.perform(request).getMvcResult();
			String type = String.valueOf(result.getResponse().getContentType());
			if (type.startsWith("text/html")) {
				pages.add(row.sample());
				violations.addAll(ContentSecurity.violations(row.sample() + " as " + caller, result.getResponse()));
			}
		}
		assertThat(violations)
			.as("Pages that break the Content-Security-Policy; move scripts to static/js/"
					+ "<module>-*.js and styles to static/css/pex.css:%n%s", String.join("\n", violations))
			.isEmpty();
	}

	@Test
	void sendsAFormWithoutItsCsrfTokenBackAsExpiredAndRefusesItOnTheApi() {
		long organisations = this.jdbc.sql("select count(*) from identity_organisation").query(Long.class).single();
		assertThat(this.mvc.perform(MockMvcRequestBuilders.post("/admin/organisations")
			.param("name", "Unit without token")
			.param("country", "SE")
			.with(user("admin").roles(Role.ADMIN.name())))).hasRedirectedUrl("/?expired");
		assertThat(this.jdbc.sql("select count(*) from identity_organisation").query(Long.class).single())
			.isEqualTo(organisations);
		assertThat(this.mvc.perform(MockMvcRequestBuilders.post("/register")
			.header("Referer", "http://localhost/register?code=x")
			.param("code", "ABCD"))).hasRedirectedUrl("/register?expired");
		assertThat(this.mvc.perform(MockMvcRequestBuilders.post("/register")
			.header("Referer", "http://elsewhere.example/register")
			.param("code", "ABCD"))).hasRedirectedUrl("/?expired");
		assertThat(this.mvc.get().uri("/register?expired")).bodyText()
			.contains("The page had expired, so nothing was saved.");
		assertThat(this.mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/evidence/imports")
			.with(user("steward").roles(Role.DATA_STEWARD.name())))).hasStatus(HttpStatus.FORBIDDEN);
	}

	private static List<String> differences(RouteTable.Row row, Map<String, String> observed) {
		List<String> differences = new ArrayList<>();
		row.expected().forEach((caller, expected) -> {
			String actual = observed.get(caller);
			if (!expected.equals(actual)) {
				differences.add(row.describe() + " as " + caller + ": the table says " + expected + ", got " + actual);
			}
		});
		return differences;
	}

	private Map<String, String> observe(RouteTable.Row row) {
		Map<String, String> observed = new java.util.LinkedHashMap<>();
		URI address = URI.create(resolve(row.sample()));
		observed.put(RouteTable.ANONYMOUS, outcome(request(row.method(), address)));
		for (Role role : Role.values()) {
			observed.put(role.name(),
					outcome(request(row.method(), address).with(user(usernameOf(role)).roles(role.name()))));
		}
		return observed;
	}

	private String outcome(RequestBuilder request) {
		MvcResult result = this.mvc.perform(request).getMvcResult();
		return Outcome.of(result.getResponse().getStatus(), result.getResponse().getRedirectedUrl());
	}

	/**
	 * GET as it is ({@code *} as GET); POST as an empty multipart form, and every other
	 * method too, with its CSRF token, so that the answer is authorisation's, not the
	 * CSRF check's.
	 */
	private static AbstractMockHttpServletRequestBuilder<?> request(String method, URI address) {
		if (method.equals("GET") || method.equals("*")) {
			return withCallerAddress(MockMvcRequestBuilders.get(address));
		}
		if (method.equals("POST")) {
			return withCallerAddress(MockMvcRequestBuilders.multipart(HttpMethod.POST, address).with(csrf()));
		}
		return withCallerAddress(MockMvcRequestBuilders.request(HttpMethod.valueOf(method), address).with(csrf()));
	}

	private static AbstractMockHttpServletRequestBuilder<?> withCallerAddress(
			AbstractMockHttpServletRequestBuilder<?> request) {
		return request.with((mock) -> {
			mock.setRemoteAddr(CALLER_ADDRESS);
			return mock;
		});
	}

	/** Replaces {@code {account:NAME}} in a sample address with that account's key. */
	private String resolve(String sample) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{account:([a-z]+)}").matcher(sample);
		return matcher
			.replaceAll((match) -> String.valueOf(this.accounts.findByUsername(match.group(1)).orElseThrow().id()));
	}

	/**
	 * The test accounts of src/test/resources/config/application.properties, one per
	 * role.
	 */
	static String usernameOf(Role role) {
		return switch (role) {
			case ADMIN -> "admin";
			case EDITOR -> "editor";
			case REVIEWER -> "reviewer";
			case YOUTH_REVIEWER -> "youthreviewer";
			case INVESTIGATOR -> "investigator";
			case LEARNER -> "learner";
			case DATA_STEWARD -> "steward";
		};
	}

	/**
	 * The row count of each table a POST could add to, each account's state and its
	 * sign-in factors.
	 */
	private Map<String, Object> guardedData() {
		Map<String, Object> counts = new java.util.TreeMap<>();
		for (String table : GUARDED_TABLES) {
			counts.put(table, this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		counts.put("accounts", this.jdbc
			.sql("select id, username, enabled, password_hash, sessions_valid_after from identity_account order by id")
			.query()
			.listOfRows()
			.toString());
		// Opening the set-up page starts an unconfirmed authenticator app, by design;
		// what must not change
		// is the apps that sign someone in.
		counts.put("confirmed authenticator apps", this.jdbc.sql(
				"select account_id, secret_encrypted, last_step from identity_totp where confirmed order by account_id")
			.query()
			.listOfRows()
			.toString());
		return counts;
	}

}
