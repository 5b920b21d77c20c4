package org.pexbsr.identity.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pexbsr.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity tables' queries on a real database: finding accounts, the single use of
 * invitations and registration codes, searching the audit trail, and erasing an account.
 * Run on H2 and on PostgreSQL.
 */
abstract class IdentityTablesContract {

	@Autowired
	AccountRepository accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	InvitationRepository invitations;

	@Autowired
	RegistrationCodeRepository codes;

	@Autowired
	JdbcAuditTrail audit;

	@Autowired
	AccountErasure erasure;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AccessTokenRepository tokens;

	@Autowired
	ExternalIdentityRepository externalIdentities;

	TestAccounts people;

	Organisation unit;

	@BeforeEach
	void makeAnOrganisation() {
		this.people = new TestAccounts(this.accounts, this.organisations, this.encoder);
		this.unit = this.people.organisation(TestAccounts.unique("Unit 100%_off"), "EE");
	}

	@Test
	void findsAccountsByTextRoleOrganisationAndStatus() {
		Account investigator = this.people.account(this.unit, Role.INVESTIGATOR);
		Account learner = this.people.account(this.unit, Role.LEARNER);
		this.accounts.setEnabled(learner.id(), false);

		assertThat(search(null, null, true)).containsExactly(investigator.username());
		assertThat(search(null, Role.LEARNER, null)).containsExactly(learner.username());
		assertThat(search(investigator.username().toUpperCase(), null, null)).containsExactly(investigator.username());
		assertThat(search("100%", null, null)).isEmpty();
		assertThat(this.accounts.findByEmail(learner.email().toUpperCase())).isPresent();
		assertThat(this.accounts.findBySignInName(learner.email())).map(Account::id).contains(learner.id());
	}

	@Test
	void spendsAnInvitationOnce() {
		OffsetDateTime now = OffsetDateTime.now();
		long id = this.invitations.create(Tokens.hash(Tokens.newLinkToken()),
				new InvitationRepository.NewInvitation(TestAccounts.unique("once") + "@example.org", this.unit.id(),
						EnumSet.of(Role.LEARNER, Role.REVIEWER), "lt", null, null, now, now.plusDays(7)));

		assertThat(this.invitations.markAccepted(id, now)).isTrue();
		assertThat(this.invitations.markAccepted(id, now)).isFalse();
		assertThat(this.invitations.findById(id).orElseThrow().roles()).containsExactlyInAnyOrder(Role.LEARNER,
				Role.REVIEWER);
	}

	@Test
	void countsTheUsesOfARegistrationCodeUpToItsLimit() {
		OffsetDateTime now = OffsetDateTime.now();
		long id = this.codes.create(Tokens.hash(Tokens.newRegistrationCode()), "Twice", this.unit.id(), 2,
				now.plusDays(3), null, now);

		List<Boolean> uses = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			uses.add(this.codes.consume(id, now));
		}

		assertThat(uses).containsExactly(true, true, false);
		assertThat(this.codes.findById(id).orElseThrow().status(now)).isEqualTo(RegistrationCode.Status.EXHAUSTED);
		assertThat(this.codes.consume(id, now.plusDays(4))).isFalse();
	}

	@Test
	void searchesTheAuditTrailByActorActionTargetAndPeriod() {
		String target = "protocol/planning-an-inspection_" + System.nanoTime();
		this.audit.recordAs("investigator", "protocol.restricted.read", target, "page");
		this.audit.recordAs("investigator", "protocol.restricted.read", "protocol/other", "page");
		LocalDate today = OffsetDateTime.now().toLocalDate();

		List<AuditRecord> found = this.audit
			.search(new AuditQuery("investigator", "protocol.restricted", target, today.minusDays(1), today), 0, 10);
		List<AuditRecord> yesterday = this.audit
			.search(new AuditQuery("investigator", null, target, today.minusDays(3), today.minusDays(2)), 0, 10);

		assertThat(found).extracting(AuditRecord::target).containsExactly(target);
		assertThat(yesterday).isEmpty();
		assertThat(this.audit.count(new AuditQuery(null, "protocol.restricted.", target, null, null))).isOne();
		assertThat(this.audit.count(new AuditQuery(null, "protocol_restricted", target, null, null))).isZero();
	}

	@Test
	void erasesAnAccountAndEverythingTheIdentityTablesHoldAboutIt() {
		Account learner = this.people.account(this.unit, Role.LEARNER);
		this.organisations.addManager(this.unit.id(), learner.id());
		this.audit.recordAs(learner.username(), "identity.sign-in.succeeded", "identity/account/" + learner.id(), null);

		String pseudonym = this.erasure.erase(learner);

		assertThat(this.accounts.findById(learner.id())).isEmpty();
		assertThat(this.organisations.managerIds(this.unit.id())).doesNotContain(learner.id());
		assertThat(this.audit.count(new AuditQuery(learner.username(), null, null, null, null))).isZero();
		assertThat(this.audit.count(new AuditQuery(pseudonym, "identity.sign-in", null, null, null))).isOne();
		assertThat(Set.of(pseudonym)).allMatch((name) -> name.matches("erased-[0-9a-f]{12}"));
	}

	@Test
	void keepsAccessTokensByHashAndRevokesOnlyTheOwnersToken() {
		Account owner = this.people.account(this.unit, Role.DATA_STEWARD, Role.LEARNER);
		Account other = this.people.account(this.unit, Role.LEARNER);
		OffsetDateTime now = OffsetDateTime.now();
		String hash = Tokens.hash(AccessTokens.PREFIX + Tokens.newLinkToken());
		long id = this.tokens.create(owner.id(), "nightly import", hash, EnumSet.of(Role.LEARNER, Role.DATA_STEWARD),
				now, now.plusDays(30));

		AccessToken found = this.tokens.findByHash(hash).orElseThrow();
		assertThat(found.id()).isEqualTo(id);
		assertThat(found.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.DATA_STEWARD);
		assertThat(found.worksAt(now)).isTrue();
		assertThat(found.worksAt(now.plusDays(31))).isFalse();

		assertThat(this.tokens.revoke(id, other.id(), now)).isFalse();
		assertThat(this.tokens.revoke(id, owner.id(), now)).isTrue();
		assertThat(this.tokens.revoke(id, owner.id(), now)).isFalse();
		this.tokens.markUsed(id, now);
		assertThat(this.tokens.ofAccount(owner.id())).singleElement().satisfies((token) -> {
			assertThat(token.isRevoked()).isTrue();
			assertThat(token.lastUsedAt()).isNotNull();
		});
		assertThat(this.tokens.ofAccount(other.id())).isEmpty();
	}

	@Test
	void linksAPersonOfAnIdentityProviderToOneAccount() {
		Account linked = this.people.account(this.unit, Role.INVESTIGATOR);
		String subject = TestAccounts.unique("subject");
		this.externalIdentities.link("https://idp.example.test", subject, linked.id(), "ministry",
				OffsetDateTime.now());

		assertThat(this.externalIdentities.accountOf("https://idp.example.test", subject)).contains(linked.id());
		assertThat(this.externalIdentities.accountOf("https://other.example.test", subject)).isEmpty();
	}

	@Test
	void erasesAnAccountWithItsTokensAndItsLinkToAnIdentityProvider() {
		Account learner = this.people.account(this.unit, Role.LEARNER);
		String subject = TestAccounts.unique("subject");
		this.tokens.create(learner.id(), "app", Tokens.hash(Tokens.newLinkToken()), EnumSet.of(Role.LEARNER),
				OffsetDateTime.now(), null);
		this.externalIdentities.link("https://idp.example.test", subject, learner.id(), "ministry",
				OffsetDateTime.now());

		this.erasure.erase(learner);

		assertThat(this.tokens.ofAccount(learner.id())).isEmpty();
		assertThat(this.externalIdentities.accountOf("https://idp.example.test", subject)).isEmpty();
	}

	private List<String> search(String text, Role role, Boolean enabled) {
		return this.accounts.search(new AccountRepository.AccountQuery(text, role, this.unit.id(), enabled))
			.stream()
			.map(Account::username)
			.toList();
	}

}
