package org.pexbsr.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts the authenticator apps' shared secrets before they are stored (AES-GCM, Spring
 * Security's {@link Encryptors#delux}), so that a copy of the database alone does not
 * give anyone the codes. The key comes from {@code PEX_IDENTITY_FACTOR_KEY}, or else from
 * a file under the data folder that is made once, at the first start. Losing the key
 * makes every authenticator app's set-up useless (people then sign in with a recovery
 * code or a passkey and set it up again); it is never logged.
 */
@Component
class FactorKey {

	private static final Logger log = LoggerFactory.getLogger(FactorKey.class);

	/**
	 * The key is 256 random bits, so the salt of the key derivation needs no secrecy or
	 * variety: it is fixed.
	 */
	private static final String SALT = HexFormat.of().formatHex("pex-bsr-factors".getBytes(StandardCharsets.US_ASCII));

	private final TextEncryptor encryptor;

	FactorKey(@Value("${pex.identity.factor-key:}") String configured, @Value("${pex.data-dir}") String dataDir) {
		String key = StringUtils.hasText(configured) ? configured.strip() : keyFile(Path.of(dataDir, "factor-key"));
		this.encryptor = Encryptors.delux(key, SALT);
	}

	String encrypt(String secret) {
		return this.encryptor.encrypt(secret);
	}

	String decrypt(String encrypted) {
		return this.encryptor.decrypt(encrypted);
	}

	private static String keyFile(Path file) {
		try {
			if (Files.exists(file)) {
				return Files.readString(file, StandardCharsets.US_ASCII).strip();
			}
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			String key = HexFormat.of().formatHex(random);
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, key, StandardCharsets.US_ASCII);
			restrict(file);
			log.info("Made the key that encrypts authenticator app secrets in {}; keep it with the database backup",
					file.toAbsolutePath());
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or make the factor key " + file.toAbsolutePath()
					+ "; set PEX_IDENTITY_FACTOR_KEY or make the data folder writable", ex);
		}
	}

	private static void restrict(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			log.debug("The file system does not take POSIX permissions; the factor key keeps its defaults");
		}
	}

}
