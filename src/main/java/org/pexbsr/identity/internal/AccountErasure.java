package org.pexbsr.identity.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pexbsr.identity.AccountErased;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases an account on its owner's request: the account, its roles and everything else
 * the identity tables hold about it are deleted, and in the audit trail its name becomes
 * a pseudonym and its addresses are forgotten, so the records still show that something
 * was done, but no longer by whom.
 */
@Service
class AccountErasure {

	private static final Logger log = LoggerFactory.getLogger(AccountErasure.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;

	private final InvitationRepository invitations;

	private final JdbcAuditTrail audit;

	private final ApplicationEventPublisher events;

	AccountErasure(AccountRepository accounts, InvitationRepository invitations, JdbcAuditTrail audit,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.invitations = invitations;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * @return the pseudonym the audit trail uses for the person from now on
	 */
	@Transactional
	String erase(Account account) {
		String pseudonym = JdbcAuditTrail.ERASED_PREFIX + newPseudonym();
		this.audit.record("identity.account.erased", "identity/account/" + account.id(), null);
		int records = this.audit.pseudonymise(account.username(), pseudonym);
		if (account.email() != null) {
			this.invitations.deleteFor(account.email());
		}
		this.accounts.delete(account.id());
		this.events.publishEvent(new AccountErased(account.username(), pseudonym));
		log.info("Erased account {}; {} audit records now name {}", account.id(), records, pseudonym);
		return pseudonym;
	}

	private static String newPseudonym() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
