package org.pexbsr.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing people in: invitations sent by an administrator or an organisation's manager,
 * and self-registration with a code, which sends the learner an invitation of their own.
 * Whether an e-mail address already has an account is never shown to whoever typed it:
 * the answer on the page is the same, and the mail that goes to the address says which
 * case it is.
 */
@Service
class Invitations {

	static final Duration REGISTRATION_LINK_VALIDITY = Duration.ofHours(24);

	private final InvitationRepository invitations;

	private final AccountRepository accounts;

	private final RegistrationCodeRepository codes;

	private final Mailer mailer;

	private final JdbcAuditTrail audit;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final Duration validity;

	Invitations(InvitationRepository invitations, AccountRepository accounts, RegistrationCodeRepository codes,
			Mailer mailer, JdbcAuditTrail audit, PasswordEncoder passwordEncoder, Clock clock,
			@Value("${pex.identity.invitation-validity:P7D}") Duration validity) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.codes = codes;
		this.mailer = mailer;
		this.audit = audit;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.validity = validity;
	}

	Duration validity() {
		return this.validity;
	}

	/**
	 * Sends an invitation into the organisation with the roles given.
	 * @return whether the mail went out; nothing is kept when it did not
	 */
	@Transactional
	boolean invite(String email, Organisation organisation, Set<Role> roles, Locale language, Account inviter) {
		String address = AccountRepository.normaliseEmail(email);
		this.audit.record("identity.invitation.sent", "identity/organisation/" + organisation.id(),
				"roles=" + sorted(roles));
		if (this.accounts.findByEmail(address).isPresent()) {
			return mailAlreadyRegistered(address, language);
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		String token = Tokens.newLinkToken();
		long id = this.invitations.create(Tokens.hash(token), new InvitationRepository.NewInvitation(address,
				organisation.id(), roles, language.getLanguage(), inviter.id(), null, now, now.plus(this.validity)));
		boolean sent = this.mailer.send(address, language, "identity.mail.invitation",
				this.mailer.link("/invitation/" + token), organisation.name(), inviter.displayName(),
				date(now.plus(this.validity), language));
		if (!sent) {
			this.invitations.revoke(id, now);
		}
		return sent;
	}

	/**
	 * Sends a learner who typed a valid code the link to finish registering. The code's
	 * use is counted when the account is created, so that requests alone cannot use it
	 * up.
	 */
	@Transactional
	boolean startRegistration(RegistrationCode code, String email, Locale language) {
		String address = AccountRepository.normaliseEmail(email);
		this.audit.record("identity.registration.started", "identity/registration-code/" + code.id(), null);
		if (this.accounts.findByEmail(address).isPresent()) {
			return mailAlreadyRegistered(address, language);
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		String token = Tokens.newLinkToken();
		OffsetDateTime expires = now.plus(REGISTRATION_LINK_VALIDITY);
		long id = this.invitations.create(Tokens.hash(token),
				new InvitationRepository.NewInvitation(address, code.organisationId(), EnumSet.of(Role.LEARNER),
						language.getLanguage(), null, code.id(), now, expires));
		boolean sent = this.mailer.send(address, language, "identity.mail.registration",
				this.mailer.link("/invitation/" + token), code.organisationName());
		if (!sent) {
			this.invitations.revoke(id, now);
		}
		return sent;
	}

	/** The invitation behind a link, if it can still be used. */
	Invitation open(String token) {
		Invitation invitation = this.invitations.findByTokenHash(Tokens.hash(token))
			.orElseThrow(() -> new LinkRefusedException(LinkRefusedException.Reason.UNKNOWN));
		switch (invitation.status(OffsetDateTime.now(this.clock))) {
			case EXPIRED -> throw new LinkRefusedException(LinkRefusedException.Reason.EXPIRED);
			case ACCEPTED, REVOKED -> throw new LinkRefusedException(LinkRefusedException.Reason.USED);
			case PENDING -> {
				return invitation;
			}
		}
		throw new IllegalStateException("Unknown invitation status");
	}

	/**
	 * Creates the account the invitation offers, with the name and password the person
	 * chose. One transaction: the link is spent only if the account is made.
	 */
	@Transactional
	long accept(String token, String displayName, String username, String password) {
		Invitation invitation = open(token);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (!this.invitations.markAccepted(invitation.id(), now)
				|| this.accounts.findByEmail(invitation.email()).isPresent()) {
			throw new LinkRefusedException(LinkRefusedException.Reason.USED);
		}
		if (invitation.registrationCodeId() != null && !this.codes.consume(invitation.registrationCodeId(), now)) {
			throw new LinkRefusedException(LinkRefusedException.Reason.CODE_USED_UP);
		}
		if (this.accounts.findByUsername(username).isPresent()) {
			throw new UsernameTakenException();
		}

		long id = create(invitation, displayName, username, password);
		this.audit.recordAs(username, "identity.invitation.accepted", "identity/account/" + id,
				"invitation " + invitation.id() + ", roles=" + sorted(invitation.roles()));
		return id;
	}

	boolean revoke(long id) {
		boolean revoked = this.invitations.revoke(id, OffsetDateTime.now(this.clock));
		if (revoked) {
			this.audit.record("identity.invitation.revoked", "identity/invitation/" + id, null);
		}
		return revoked;
	}

	private long create(Invitation invitation, String displayName, String username, String password) {
		try {
			return this.accounts.create(new AccountRepository.NewAccount(username, displayName, invitation.email(),
					this.passwordEncoder.encode(password), invitation.organisationId(), invitation.country(), false,
					invitation.roles()));
		}
		catch (DuplicateKeyException ex) {
			throw new UsernameTakenException();
		}
	}

	private boolean mailAlreadyRegistered(String address, Locale language) {
		return this.mailer.send(address, language, "identity.mail.alreadyRegistered", this.mailer.link("/login"),
				this.mailer.link("/password-reset"));
	}

	static String sorted(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().toList().toString();
	}

	static String date(OffsetDateTime when, @Nullable Locale language) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale((language != null) ? language : Locale.ENGLISH)
			.format(when);
	}

}
