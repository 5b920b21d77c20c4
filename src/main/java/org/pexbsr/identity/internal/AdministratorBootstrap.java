package org.pexbsr.identity.internal;

import java.security.SecureRandom;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pexbsr.identity.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the accounts named in configuration, and makes sure the platform has an
 * administrator on first start: with the password from {@code PEX_ADMIN_PASSWORD}, or
 * else with a one-time password written once to the log that must be changed at the first
 * sign-in. Either way the administrator sets up a second factor at the first sign-in,
 * unless {@code PEX_ADMIN_TOTP_SECRET} names an authenticator app's secret to start with.
 */
@Component
class AdministratorBootstrap implements SmartInitializingSingleton {

	static final String ADMIN_USERNAME = "admin";

	/** ISO 3166-1's code for an unknown or unspecified country. */
	static final String UNKNOWN_COUNTRY = "ZZ";

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final AccountRepository accounts;

	private final OrganisationRepository organisations;

	private final PasswordEncoder passwordEncoder;

	private final String configuredPassword;

	private final ConfiguredAccounts configured;

	private final AuthenticatorApps apps;

	private final String configuredTotpSecret;

	private final SecureRandom random = new SecureRandom();

	AdministratorBootstrap(AccountRepository accounts, OrganisationRepository organisations,
			PasswordEncoder passwordEncoder, @Value("${pex.admin.password:}") String configuredPassword,
			ConfiguredAccounts configured, AuthenticatorApps apps,
			@Value("${pex.admin.totp-secret:}") String configuredTotpSecret) {
		this.apps = apps;
		this.configuredTotpSecret = configuredTotpSecret;
		this.accounts = accounts;
		this.organisations = organisations;
		this.configured = configured;
		this.passwordEncoder = passwordEncoder;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void afterSingletonsInstantiated() {
		createConfiguredAccounts();
		if (this.accounts.anyoneHolds(Role.ADMIN) || this.accounts.findByUsername(ADMIN_USERNAME).isPresent()) {
			return;
		}
		if (StringUtils.hasText(this.configuredPassword)) {
			create(this.configuredPassword, false);
			log.info("Created administrator account '{}' with the password from PEX_ADMIN_PASSWORD", ADMIN_USERNAME);
			return;
		}
		String oneTimePassword = oneTimePassword();
		create(oneTimePassword, true);
		log.warn(
				"Created administrator account '{}' with the one-time password {} ; it must be changed at the "
						+ "first sign-in. Set PEX_ADMIN_PASSWORD to choose it yourself.",
				ADMIN_USERNAME, oneTimePassword);
	}

	private void createConfiguredAccounts() {
		for (ConfiguredAccounts.Entry entry : this.configured.all()) {
			if (this.accounts.findByUsername(entry.username()).isPresent()) {
				continue;
			}
			String name = (entry.displayName() != null) ? entry.displayName() : entry.username();
			Long organisation = (entry.organisation() != null) ? this.organisations.findOrCreate(entry.organisation(),
					(entry.country() != null) ? entry.country() : UNKNOWN_COUNTRY) : null;
			long id = this.accounts.create(new AccountRepository.NewAccount(entry.username(), name, entry.email(),
					this.passwordEncoder.encode(entry.password()), organisation, entry.country(), false,
					entry.roles()));
			if (StringUtils.hasText(entry.totpSecret())) {
				this.apps.setUpConfirmed(id, entry.totpSecret());
			}
			log.info("Created configured account '{}' with roles {}", entry.username(), entry.roles());
		}
	}

	private void create(String password, boolean changeRequired) {
		long id = this.accounts.create(new AccountRepository.NewAccount(ADMIN_USERNAME, "Administrator", null,
				this.passwordEncoder.encode(password), null, null, changeRequired, EnumSet.of(Role.ADMIN)));
		if (StringUtils.hasText(this.configuredTotpSecret)) {
			this.apps.setUpConfirmed(id, this.configuredTotpSecret);
		}
	}

	private String oneTimePassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
