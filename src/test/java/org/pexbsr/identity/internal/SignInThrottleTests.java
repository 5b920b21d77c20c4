package org.pexbsr.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counting of failed sign-ins with the default limits, on a clock the test moves on.
 */
class SignInThrottleTests {

	private final MovableClock clock = new MovableClock();

	private final SignInThrottle throttle = new SignInThrottle(SignInLimits.defaults(), this.clock);

	@Test
	void refusesTheEleventhAttemptFromOneAddressWithinAMinuteAndAllowsItAfterwards() {
		for (int i = 0; i < 10; i++) {
			assertThat(this.throttle.waitBefore("192.0.2.1", "name-" + i)).as("attempt %d", i + 1).isEmpty();
			this.throttle.failed("192.0.2.1", "name-" + i);
		}

		assertThat(this.throttle.waitBefore("192.0.2.1", "someone-else"))
			.hasValueSatisfying((wait) -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
		assertThat(this.throttle.waitBefore("192.0.2.2", "someone-else")).isEmpty();

		this.clock.advance(Duration.ofSeconds(61));
		assertThat(this.throttle.waitBefore("192.0.2.1", "someone-else")).isEmpty();
	}

	@Test
	void refusesAnAccountNameAfterTenFailuresFromAnyAddressesForFifteenMinutes() {
		for (int i = 0; i < 10; i++) {
			this.throttle.failed("198.51.100." + i, "Anna");
		}

		assertThat(this.throttle.waitBefore("203.0.113.9", " anna ")).isPresent();
		assertThat(this.throttle.waitBefore("203.0.113.9", "bertil")).isEmpty();
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(this.throttle.waitBefore("203.0.113.9", "anna")).isPresent();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.throttle.waitBefore("203.0.113.9", "anna")).isEmpty();
	}

	@Test
	void saysWhenAnAttemptUsedUpTheLastAllowance() {
		for (int i = 0; i < 9; i++) {
			assertThat(this.throttle.failed("192.0.2.7", "n" + i)).isFalse();
		}
		assertThat(this.throttle.failed("192.0.2.7", "n9")).isTrue();
	}

	@Test
	void forgetsTheLeastRecentlySeenWhenItTracksTooMany() {
		SignInThrottle small = new SignInThrottle(
				new SignInLimits(1, Duration.ofMinutes(1), 1, Duration.ofMinutes(1), 4), this.clock);
		small.failed("192.0.2.1", "a");
		small.failed("192.0.2.2", "b");
		small.failed("192.0.2.3", "c");

		assertThat(small.waitBefore("192.0.2.1", "x")).as("forgotten").isEmpty();
		assertThat(small.waitBefore("192.0.2.3", "x")).isPresent();
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-03-01T10:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
