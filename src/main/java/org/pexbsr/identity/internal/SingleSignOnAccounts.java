package org.pexbsr.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pexbsr.identity.Role;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a person signed in by an organisation's OpenID Connect provider into an account
 * here (see {@link SingleSignOnMappings}). The provider's issuer and the person's subject
 * name the account; a first sign-in creates it in the mapped organisation, unless the
 * mapping says not to, and then the person is refused. The roles are those the claims map
 * to, replaced at every sign-in, since the provider decides who is who. A deactivated
 * account, or claims that map to no role, are refused.
 * <p>
 * People in roles that need a second factor pass the platform's own after the provider's
 * sign-in, unless the provider checked one (see
 * {@link SingleSignOnMappings.Mapping#countsAsSecondFactor}).
 * <p>
 * Accounts made this way have no e-mail address and a password no one knows, so they sign
 * in only through their provider.
 */
@Component
class SingleSignOnAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String CREATED = "identity.account.created";

	private static final Logger log = LoggerFactory.getLogger(SingleSignOnAccounts.class);

	private final OidcUserService provider = new OidcUserService();

	private final SingleSignOnMappings mappings;

	private final AccountRepository accounts;

	private final OrganisationRepository organisations;

	private final ExternalIdentityRepository identities;

	private final PasswordEncoder passwords;

	private final JdbcAuditTrail audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SingleSignOnAccounts(SingleSignOnMappings mappings, AccountRepository accounts,
			OrganisationRepository organisations, ExternalIdentityRepository identities, PasswordEncoder passwords,
			JdbcAuditTrail audit, TransactionTemplate transaction, Clock clock) {
		this.mappings = mappings;
		this.accounts = accounts;
		this.organisations = organisations;
		this.identities = identities;
		this.passwords = passwords;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser person = this.provider.loadUser(request);
		String registration = request.getClientRegistration().getRegistrationId();
		SingleSignOnMappings.Mapping mapping = this.mappings.of(registration)
			.orElseThrow(() -> refused(registration, null, "no pex.identity.oidc mapping for this provider"));
		Set<Role> roles = mapping.rolesFor(person.getClaims().get(mapping.rolesClaim()));
		String issuer = String.valueOf(person.getIssuer());
		Optional<Long> linked = this.identities.accountOf(issuer, person.getSubject());
		Optional<Account> known = linked.flatMap(this.accounts::findById);
		if (roles.isEmpty()) {
			throw refused(registration, known.orElse(null), "the provider's claims map to no role");
		}
		if (known.isPresent() && !known.get().enabled()) {
			throw refused(registration, known.get(), "the account is deactivated");
		}
		if (known.isEmpty() && !mapping.createAccounts()) {
			throw refused(registration, null, "no account is linked to this person and none may be created");
		}
		Account account = this.transaction.execute((status) -> known.map((found) -> withRoles(found, roles))
			.orElseGet(() -> create(registration, mapping, person, issuer, roles)));
		List<GrantedAuthority> authorities = authorities(roles);
		if (mapping.countsAsSecondFactor(person.getIdToken().getClaimAsStringList("amr"))) {
			authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactors.PROVIDER));
		}
		return new SignedInPerson(authorities, person, account.username());
	}

	private Account withRoles(Account account, Set<Role> roles) {
		if (!account.roles().equals(roles)) {
			this.accounts.replaceRoles(account.id(), roles);
			this.audit.recordAs(account.username(), "identity.account.roles-changed",
					"identity/account/" + account.id(), "by single sign-on: " + roles);
		}
		return account.withRoles(roles);
	}

	private Account create(String registration, SingleSignOnMappings.Mapping mapping, OidcUser person, String issuer,
			Set<Role> roles) {
		long organisation = this.organisations.findOrCreate(mapping.organisation(), mapping.country());
		String username = freeUsername(registration + "." + nameOf(person, mapping));
		String displayName = (person.getFullName() != null) ? person.getFullName() : username;
		long id = this.accounts.create(new AccountRepository.NewAccount(username, clip(displayName, 200), null,
				this.passwords.encode(Tokens.newLinkToken()), organisation, mapping.country(), false, roles));
		this.identities.link(issuer, person.getSubject(), id, registration, OffsetDateTime.now(this.clock));
		this.audit.recordAs(username, CREATED, "identity/account/" + id,
				"by single sign-on via " + registration + ", roles " + roles);
		log.info("Created account {} at its first single sign-on via {}", id, registration);
		return this.accounts.findById(id).orElseThrow();
	}

	/**
	 * The claim the mapping names, or the subject, as letters, digits and {@code ._@-}.
	 */
	private static String nameOf(OidcUser person, SingleSignOnMappings.Mapping mapping) {
		Object claim = person.getClaims().get(mapping.usernameClaim());
		String name = (claim != null) ? claim.toString() : person.getSubject();
		String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]", "-");
		return clip(safe.isEmpty() ? "person" : safe, 80);
	}

	private String freeUsername(String wanted) {
		String username = wanted;
		for (int n = 2; this.accounts.findByUsername(username).isPresent(); n++) {
			username = wanted + "-" + n;
		}
		return username;
	}

	private OAuth2AuthenticationException refused(String registration, @Nullable Account account, String reason) {
		String actor = (account != null) ? account.username() : "anonymous";
		String target = (account != null) ? "identity/account/" + account.id() : "identity/sign-in";
		this.audit.recordAs(actor, SignInAudit.FAILED, target, "single sign-on via " + registration + ": " + reason);
		log.info("Refused a single sign-on via {}: {}", registration, reason);
		return new OAuth2AuthenticationException(new OAuth2Error("access_denied", reason, null));
	}

	private static List<GrantedAuthority> authorities(Set<Role> roles) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		roles.forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		return authorities;
	}

	private static String clip(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	/**
	 * The person as the provider described them, named by their account here, so that the
	 * rest of the platform (audit records, {@code CurrentUser}) sees the account name.
	 */
	static final class SignedInPerson extends DefaultOidcUser {

		private static final long serialVersionUID = 1L;

		private final String username;

		SignedInPerson(List<GrantedAuthority> authorities, OidcUser person, String username) {
			super(authorities, person.getIdToken(), person.getUserInfo());
			this.username = username;
		}

		@Override
		public String getName() {
			return this.username;
		}

	}

}
