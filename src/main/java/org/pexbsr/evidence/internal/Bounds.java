package org.pexbsr.evidence.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A figure as far as it is known: exact, or somewhere between a lower and an upper bound
 * because some of what it adds up was suppressed by the publisher. Sums and rates keep
 * the bounds, so a total over a suppressed cell is never shown as a plain number.
 *
 * <p>
 * A suppressed count {@code <5} lies between 0 and 4. The lower bound is 0, not 1: UNODC
 * does not say that {@code <5} excludes zero, and the shipped GLOTIP extract holds no
 * published zero and no published 1 to 4 at all, so every count below five, zero
 * included, may be written {@code <5}. The upper bound is the publisher's exclusive bound
 * less one for whole counts (4 for {@code <5}), and the bound itself for fractional
 * figures.
 *
 * @param low the least the figure can be
 * @param high the most it can be
 * @param suppressed how many suppressed figures it includes
 * @param conflicting how many figures it includes for which the source gives several
 * different values
 */
record Bounds(BigDecimal low, BigDecimal high, int suppressed, int conflicting) {

	static final Bounds ZERO = exact(BigDecimal.ZERO);

	private static final BigDecimal PER = BigDecimal.valueOf(100_000);

	static Bounds exact(BigDecimal value) {
		return new Bounds(value, value, 0, 0);
	}

	/**
	 * The bounds of one stored figure, or {@code null} when it has neither value nor
	 * bound.
	 */
	static @Nullable Bounds of(Observation observation) {
		if (observation.value() != null) {
			return exact(observation.value());
		}
		BigDecimal bound = observation.upperBound();
		if (bound == null) {
			return null;
		}
		boolean wholeCount = bound.stripTrailingZeros().scale() <= 0;
		BigDecimal high = wholeCount ? bound.subtract(BigDecimal.ONE).max(BigDecimal.ZERO) : bound;
		return new Bounds(BigDecimal.ZERO, high, 1, 0);
	}

	/**
	 * The bounds of one cell for which the source may give several figures: when the
	 * figures differ, the cell spans all of them and counts as conflicting.
	 */
	static @Nullable Bounds ofCell(List<Observation> observations) {
		Bounds cell = null;
		for (Observation observation : observations) {
			Bounds one = of(observation);
			if (one == null) {
				continue;
			}
			cell = (cell == null) ? one : cell.span(one);
		}
		return cell;
	}

	/** The sum of several figures; {@link #ZERO} for none. */
	static Bounds sum(Collection<Bounds> parts) {
		Bounds total = ZERO;
		for (Bounds part : parts) {
			total = total.plus(part);
		}
		return total;
	}

	public boolean isExact() {
		return this.low.compareTo(this.high) == 0 && this.suppressed == 0 && this.conflicting == 0;
	}

	/** The exact value, or {@code null} when the figure is only known within bounds. */
	public @Nullable BigDecimal value() {
		return isExact() ? this.low : null;
	}

	Bounds plus(Bounds other) {
		return new Bounds(this.low.add(other.low), this.high.add(other.high), this.suppressed + other.suppressed,
				this.conflicting + other.conflicting);
	}

	/**
	 * The figure per 100,000 of a population, to two decimals: an exact figure rounded
	 * half up, bounds widened outwards so the true rate always lies within them.
	 */
	Bounds perHundredThousand(BigDecimal population) {
		if (population.signum() <= 0) {
			throw new IllegalArgumentException("A population must be positive, not " + population);
		}
		if (isExact()) {
			return exact(rate(this.low, population, RoundingMode.HALF_UP));
		}
		return new Bounds(rate(this.low, population, RoundingMode.FLOOR),
				rate(this.high, population, RoundingMode.CEILING), this.suppressed, this.conflicting);
	}

	/**
	 * This figure's share of a whole, in per cent to one decimal, with bounds that hold
	 * whatever the suppressed parts are; {@code null} when the whole may be zero.
	 * @param rest the other parts of the whole, so that the whole is this plus rest
	 */
	@Nullable Bounds shareOf(Bounds rest) {
		BigDecimal lowWhole = this.low.add(rest.high);
		BigDecimal highWhole = this.high.add(rest.low);
		if (lowWhole.signum() <= 0 || highWhole.signum() <= 0) {
			return null;
		}
		BigDecimal low = percent(this.low, lowWhole, RoundingMode.FLOOR);
		BigDecimal high = percent(this.high, highWhole, RoundingMode.CEILING);
		int suppressed = this.suppressed + rest.suppressed;
		int conflicting = this.conflicting + rest.conflicting;
		if (suppressed == 0 && conflicting == 0) {
			return exact(percent(this.low, lowWhole, RoundingMode.HALF_UP));
		}
		return new Bounds(low, high, suppressed, conflicting);
	}

	/**
	 * The change from an earlier figure, or {@code null} when either is not exact: a
	 * change between ranges would claim more than the figures say.
	 */
	@Nullable BigDecimal changeFrom(Bounds earlier) {
		if (!isExact() || !earlier.isExact()) {
			return null;
		}
		return this.low.subtract(earlier.low);
	}

	/**
	 * The change from an earlier figure in per cent to one decimal, or {@code null} when
	 * it cannot be said (not exact, or from zero).
	 */
	@Nullable BigDecimal percentChangeFrom(Bounds earlier) {
		BigDecimal change = changeFrom(earlier);
		if (change == null || earlier.low.signum() == 0) {
			return null;
		}
		return percent(change, earlier.low, RoundingMode.HALF_UP);
	}

	/**
	 * The figure as a person reads it: {@code 171}, or {@code 0–4} when only bounds are
	 * known.
	 */
	public String display() {
		if (isExact()) {
			return Observation.plain(this.low);
		}
		return Observation.plain(this.low) + "–" + Observation.plain(this.high);
	}

	/** As {@link #display()}, with a fixed number of decimals (two for rates). */
	public String display(int decimals) {
		String low = this.low.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
		return isExact() ? low : low + "–" + this.high.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
	}

	private Bounds span(Bounds other) {
		boolean same = this.low.compareTo(other.low) == 0 && this.high.compareTo(other.high) == 0;
		return new Bounds(this.low.min(other.low), this.high.max(other.high),
				Math.max(this.suppressed, other.suppressed), same ? this.conflicting : 1);
	}

	private static BigDecimal rate(BigDecimal count, BigDecimal population, RoundingMode rounding) {
		return count.multiply(PER).divide(population, 2, rounding);
	}

	private static BigDecimal percent(BigDecimal part, BigDecimal whole, RoundingMode rounding) {
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, rounding);
	}

}
