package org.pexbsr.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ten recovery codes per account, for the day the passkey or the phone is lost. They are
 * shown once when made; only their SHA-256 hashes are stored (each carries 60 random
 * bits, so a slow password hash would add nothing), and each works once: using one is a
 * conditional update that only one request can win.
 */
@Repository
class RecoveryCodes {

	static final int COUNT = 10;

	/** No 0/O or 1/I/L, which people misread when they copy a code from paper. */
	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final int LENGTH = 12;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	RecoveryCodes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Replaces the account's codes by new ones and returns them, to be shown once. */
	@Transactional
	List<String> renew(long accountId) {
		this.jdbc.sql("delete from identity_recovery_code where account_id = :id").param("id", accountId).update();
		List<String> codes = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			String code = newCode();
			codes.add(code);
			this.jdbc.sql("""
					insert into identity_recovery_code (account_id, code_hash, created_at)
					values (:id, :hash, :now)""")
				.param("id", accountId)
				.param("hash", hash(code))
				.param("now", OffsetDateTime.now(this.clock))
				.update();
		}
		return codes;
	}

	/** Uses a code up; false when it is not one of the account's or was used before. */
	boolean use(long accountId, String typed) {
		return this.jdbc.sql("""
				update identity_recovery_code set used_at = :now
				where account_id = :id and code_hash = :hash and used_at is null""")
			.param("now", OffsetDateTime.now(this.clock))
			.param("id", accountId)
			.param("hash", hash(normalise(typed)))
			.update() == 1;
	}

	long unused(long accountId) {
		return this.jdbc.sql("select count(*) from identity_recovery_code where account_id = :id and used_at is null")
			.param("id", accountId)
			.query(Long.class)
			.single();
	}

	void removeAll(long accountId) {
		this.jdbc.sql("delete from identity_recovery_code where account_id = :id").param("id", accountId).update();
	}

	/** Codes are shown in groups of four; people may type them with or without dashes. */
	static String normalise(String typed) {
		return typed.strip().replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
	}

	private String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	private static String hash(String code) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(normalise(code).getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
