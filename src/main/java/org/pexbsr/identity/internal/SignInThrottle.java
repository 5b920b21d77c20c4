package org.pexbsr.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Counts failed sign-ins in Bucket4j token buckets, one per address and one per account
 * name: each failure takes a token, and a bucket that is empty refuses further attempts
 * until its period has passed and it is full again. Buckets are kept in memory, so the
 * counts start afresh when the platform restarts and are not shared between instances.
 */
class SignInThrottle {

	private final SignInLimits limits;

	private final TimeMeter time;

	private final Map<String, Bucket> buckets;

	SignInThrottle(SignInLimits limits, Clock clock) {
		this.limits = limits;
		this.time = new ClockTime(clock);
		this.buckets = Collections.synchronizedMap(new LeastRecentlySeen(limits.tracked()));
	}

	/**
	 * How long the caller must wait before trying again, or empty when this attempt may
	 * go ahead.
	 */
	Optional<Duration> waitBefore(String address, String accountName) {
		long nanos = Math.max(waitNanos(addressKey(address)), waitNanos(accountKey(accountName)));
		return (nanos > 0) ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
	}

	/**
	 * Counts a failed attempt.
	 * @return whether it used up the last attempt of the address or the account name
	 */
	boolean failed(String address, String accountName) {
		boolean addressSpent = take(addressKey(address), this.limits.perAddress(), this.limits.addressPeriod());
		boolean nameSpent = take(accountKey(accountName), this.limits.perAccount(), this.limits.accountPeriod());
		return addressSpent || nameSpent;
	}

	/**
	 * Counts a failed attempt against an account name only, not the address: a wrong
	 * second-factor code, which only someone who knows the password can send.
	 * @return whether it used up the last attempt of the account name
	 */
	boolean failed(String accountName) {
		return take(accountKey(accountName), this.limits.perAccount(), this.limits.accountPeriod());
	}

	/** Whether an account name has used up its attempts for now. */
	boolean refused(String accountName) {
		return waitNanos(accountKey(accountName)) > 0;
	}

	private long waitNanos(String key) {
		Bucket bucket = this.buckets.get(key);
		if (bucket == null || bucket.getAvailableTokens() > 0) {
			return 0;
		}
		return Math.max(1, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
	}

	private boolean take(String key, int allowed, Duration period) {
		Bucket bucket = this.buckets.computeIfAbsent(key, (ignored) -> newBucket(allowed, period));
		return bucket.tryConsume(1) && bucket.getAvailableTokens() == 0;
	}

	/**
	 * The whole allowance comes back at once when the period has passed, counted from the
	 * first failure, so that "ten in a minute" means what it says.
	 */
	private Bucket newBucket(int allowed, Duration period) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(allowed).refillIntervally(allowed, period).build())
			.withCustomTimePrecision(this.time)
			.build();
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	/** Case and surrounding spaces do not make another name. */
	private static String accountKey(String accountName) {
		return "account:" + accountName.strip().toLowerCase(Locale.ROOT);
	}

	/** Bucket4j's time from the platform's clock, so that tests can move it on. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return this.clock.millis() * 1_000_000L;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

	private static final class LeastRecentlySeen extends LinkedHashMap<String, Bucket> {

		private final int capacity;

		LeastRecentlySeen(int capacity) {
			super(256, 0.75f, true);
			this.capacity = capacity;
		}

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > this.capacity;
		}

	}

}
