package org.pexbsr.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pexbsr.PlatformTest;
import org.pexbsr.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Personal access tokens: made on the account's page and shown once, used as a bearer
 * token on the API with no more than the account's current roles, revoked, expired, and
 * named in the audit trail when they act.
 */
@PlatformTest
class AccessTokenTests {

	private static final String EUROSTAT_HEADER = "freq,unit,sex,geo\\TIME_PERIOD\t2021 \t2022 \n";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AccessTokens tokens;

	@Autowired
	AccessTokenRepository tokenRows;

	@Autowired
	JdbcAuditTrail audit;

	@Autowired
	PersonalData personalData;

	@Autowired
	AuthenticatorApps apps;

	TestAccounts people;

	Organisation unit;

	@BeforeEach
	void makeAnOrganisation() {
		this.people = new TestAccounts(this.accounts, this.organisations, this.encoder);
		this.unit = this.people.organisation(TestAccounts.unique("Token unit"), "LV");
	}

	@Test
	void makesATokenShowsItOnceLetsItActAndRevokesIt() {
		Account steward = this.people.account(this.unit, Role.DATA_STEWARD, Role.LEARNER);
		String app = TestAccounts.withAuthenticatorApp(this.apps, steward);
		MockHttpSession passwordOnly = TestAccounts.signIn(this.mvc, steward.username(), TestAccounts.PASSWORD);
		assertThat(this.mvc.get().uri("/account/tokens").session(passwordOnly)).as("no tokens before the second factor")
			.hasRedirectedUrl("/login/second-factor");
		MockHttpSession session = TestAccounts.signIn(this.mvc, steward.username(), TestAccounts.PASSWORD, app);

		MvcTestResult made = this.mvc.post()
			.uri("/account/tokens")
			.session(session)
			.with(csrf())
			.param("name", "nightly import")
			.param("roles", "DATA_STEWARD")
			.param("validDays", "30")
			.exchange();
		assertThat(made).hasRedirectedUrl("/account/tokens");
		String secret = (String) made.getMvcResult().getFlashMap().get("createdToken");
		assertThat(secret).startsWith("pex_").hasSizeGreaterThan(40);

		MvcTestResult shown = this.mvc.get().uri("/account/tokens").session(session).exchange();
		assertThat(shown).hasStatusOk().bodyText().contains(secret, "nightly import");
		assertThat(this.mvc.get().uri("/account/tokens").session(session)).hasStatusOk()
			.bodyText()
			.contains("nightly import")
			.doesNotContain(secret);

		AccessToken token = this.tokens.of(steward).get(0);
		assertThat(token.roles()).containsExactly(Role.DATA_STEWARD);
		assertThat(token.expiresAt()).isBetween(OffsetDateTime.now().plusDays(29), OffsetDateTime.now().plusDays(31));
		assertThat(this.tokenRows.findByHash(Tokens.hash(secret))).map(AccessToken::id).contains(token.id());
		assertThat(token.lastUsedAt()).isNull();

		MvcTestResult used = this.mvc.get()
			.uri("/api/v1/evidence/datasets")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
			.exchange();
		assertThat(used).hasStatusOk();
		assertThat(used.getRequest().getSession(false)).isNull();
		assertThat(this.tokenRows.findById(token.id()).orElseThrow().lastUsedAt()).isNotNull();

		assertThat(this.mvc.post().uri("/account/tokens/{id}/revoke", token.id()).session(session).with(csrf()))
			.hasRedirectedUrl("/account/tokens");
		MvcTestResult refused = bearer(this.mvc.get().uri("/api/v1/evidence/datasets"), secret);
		assertThat(refused).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(refused.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE))
			.isEqualTo("Bearer error=\"invalid_token\"");
		assertThat(this.mvc.get().uri("/account/tokens").session(session)).bodyText().contains("Revoked");
	}

	@Test
	void importsThroughTheApiWithATokenAndNamesTheTokenInTheAuditTrail() {
		Account steward = this.people.account(this.unit, Role.DATA_STEWARD);
		AccessTokens.NewToken made = this.tokens.create(steward, "import job", Set.of(Role.DATA_STEWARD),
				Duration.ofDays(7));
		MockMultipartFile file = new MockMultipartFile("file", "crim_thb_token.tsv", "text/tab-separated-values",
				(EUROSTAT_HEADER + "A,NR,F,EE\t7 \t8 \n").getBytes(StandardCharsets.UTF_8));

		MvcTestResult imported = this.mvc.post()
			.uri("/api/v1/evidence/imports")
			.multipart()
			.file(file)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + made.secret())
			.exchange();

		assertThat(imported).hasStatus(HttpStatus.CREATED);
		String label = "by access token " + made.token().id() + " \"import job\"";
		List<AuditRecord> records = this.audit.search(new AuditQuery(steward.username(), null, null, null, null), 0,
				10);
		assertThat(records).anySatisfy((record) -> {
			assertThat(record.action()).isEqualTo("evidence.dataset.imported");
			assertThat(record.detail()).startsWith(label);
		});
		assertThat(records).anySatisfy((record) -> {
			assertThat(record.action()).isEqualTo(AccessTokens.USED);
			assertThat(record.target()).isEqualTo("identity/access-token/" + made.token().id());
			assertThat(record.detail()).isEqualTo(label + "; POST /api/v1/evidence/imports");
		});
	}

	@Test
	void readsRestrictedChaptersOnlyWhileTheAccountStillHoldsTheRole() {
		Account investigator = this.people.account(this.unit, Role.INVESTIGATOR, Role.LEARNER);
		String secret = this.tokens.create(investigator, "phone", Set.of(Role.INVESTIGATOR), null).secret();

		assertThat(bearer(this.mvc.get().uri("/api/v1/protocol/editions/SE"), secret)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.restrictedIncluded")
			.isEqualTo(true);
		assertThat(this.audit
			.search(new AuditQuery(investigator.username(), "protocol.restricted.read", null, null, null), 0, 50))
			.isNotEmpty()
			.allSatisfy((record) -> assertThat(record.detail()).startsWith("by access token "));

		this.accounts.replaceRoles(investigator.id(), Set.of(Role.LEARNER));

		assertThat(bearer(this.mvc.get().uri("/api/v1/protocol/editions/SE"), secret)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.restrictedIncluded")
			.isEqualTo(false);
	}

	@Test
	void carriesOnlyTheRolesItWasGivenAndNeverMoreThanTheAccountHolds() {
		Account learner = this.people.account(this.unit, Role.LEARNER, Role.INVESTIGATOR);
		String learnerOnly = this.tokens.create(learner, "course app", Set.of(Role.LEARNER), null).secret();

		assertThat(bearer(this.mvc.get().uri("/api/v1/protocol/editions/SE"), learnerOnly)).bodyJson()
			.extractingPath("$.restrictedIncluded")
			.isEqualTo(false);
		assertThatExceptionOfType(AccessTokens.RolesNotHeldException.class)
			.isThrownBy(() -> this.tokens.create(learner, "too much", Set.of(Role.ADMIN), null));

		MockHttpSession session = TestAccounts.signIn(this.mvc, learner.username(), TestAccounts.PASSWORD,
				TestAccounts.withAuthenticatorApp(this.apps, learner));
		assertThat(this.mvc.post()
			.uri("/account/tokens")
			.session(session)
			.with(csrf())
			.param("name", "forged")
			.param("roles", "ADMIN")
			.param("validDays", "7")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.tokens.of(learner)).extracting(AccessToken::name).containsExactly("course app");
	}

	@Test
	void stopsWorkingWhenTheAccountIsDeactivated() {
		Account steward = this.people.account(this.unit, Role.DATA_STEWARD);
		String secret = this.tokens.create(steward, "script", Set.of(Role.DATA_STEWARD), null).secret();
		assertThat(bearer(this.mvc.get().uri("/api/v1/evidence/datasets"), secret)).hasStatusOk();

		this.accounts.setEnabled(steward.id(), false);

		assertThat(bearer(this.mvc.get().uri("/api/v1/evidence/datasets"), secret)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void refusesAnExpiredOrUnknownToken() {
		Account steward = this.people.account(this.unit, Role.DATA_STEWARD);
		String secret = AccessTokens.PREFIX + Tokens.newLinkToken();
		OffsetDateTime now = OffsetDateTime.now();
		this.tokenRows.create(steward.id(), "old", Tokens.hash(secret), Set.of(Role.DATA_STEWARD), now.minusDays(8),
				now.minusDays(1));

		assertThat(bearer(this.mvc.get().uri("/api/v1/evidence/datasets"), secret)).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(bearer(this.mvc.get().uri("/api/v1/evidence/datasets"), "pex_made-up"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void worksOnlyOnTheApi() {
		Account steward = this.people.account(this.unit, Role.DATA_STEWARD);
		String secret = this.tokens.create(steward, "script", Set.of(Role.DATA_STEWARD), null).secret();

		assertThat(bearer(this.mvc.get().uri("/account/tokens"), secret)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/login");
	}

	@Test
	void listsTheTokensWithTheOwnersDataButNeverTheirHashes() {
		Account learner = this.people.account(this.unit, Role.LEARNER);
		this.tokens.create(learner, "course app", Set.of(Role.LEARNER), Duration.ofDays(7));

		Object listed = this.personalData.about(learner).get("accessTokens");

		assertThat(listed).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.singleElement()
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("name", "course app")
			.containsEntry("roles", "LEARNER")
			.doesNotContainKey("token_hash");
	}

	private static MvcTestResult bearer(MockMvcTester.MockMvcRequestBuilder request, String secret) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + secret).exchange();
	}

}
