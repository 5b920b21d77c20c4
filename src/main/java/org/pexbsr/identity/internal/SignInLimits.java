package org.pexbsr.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are allowed before the sign-in form answers 429 Too Many
 * Requests for a while: per address the request came from, and per account name typed
 * (whether or not such an account exists, so that the limit does not tell which accounts
 * exist). Nothing is locked: once the period has passed, the name or address may try
 * again. For example:
 *
 * <pre>
 * pex.identity.sign-in-limits.per-address=10
 * pex.identity.sign-in-limits.address-period=1m
 * pex.identity.sign-in-limits.per-account=10
 * pex.identity.sign-in-limits.account-period=15m
 * </pre>
 *
 * @param perAddress failed sign-ins allowed from one address within {@code addressPeriod}
 * @param addressPeriod the period of the address limit
 * @param perAccount failed sign-ins allowed for one account name within
 * {@code accountPeriod}
 * @param accountPeriod the period of the account limit
 * @param tracked how many addresses and names are remembered at most (the least recently
 * seen are forgotten first), so that a flood of made-up names cannot fill the memory
 */
@ConfigurationProperties("pex.identity.sign-in-limits")
record SignInLimits(@DefaultValue("10") int perAddress, @DefaultValue("1m") Duration addressPeriod,
		@DefaultValue("10") int perAccount, @DefaultValue("15m") Duration accountPeriod,
		@DefaultValue("100000") int tracked) {

	static SignInLimits defaults() {
		return new SignInLimits(10, Duration.ofMinutes(1), 10, Duration.ofMinutes(15), 100_000);
	}

}
