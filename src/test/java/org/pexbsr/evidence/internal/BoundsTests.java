package org.pexbsr.evidence.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suppressed counts stay suppressed through every sum, rate, share and change.
 */
class BoundsTests {

	@Test
	void readsASuppressedCountAsZeroToFour() {
		Bounds below5 = Bounds.of(suppressed(5));

		assertThat(below5.isExact()).isFalse();
		assertThat(below5.low()).isEqualByComparingTo("0");
		assertThat(below5.high()).isEqualByComparingTo("4");
		assertThat(below5.value()).isNull();
		assertThat(below5.display()).isEqualTo("0–4");
	}

	@Test
	void keepsAFractionalBoundAsItIs() {
		Bounds below = Bounds.of(new Observation("SE", "2020", Map.of(), null, new BigDecimal("0.5"), List.of("c"), 1));

		assertThat(below.low()).isEqualByComparingTo("0");
		assertThat(below.high()).isEqualByComparingTo("0.5");
	}

	@Test
	void addsExactFiguresToAnExactTotal() {
		Bounds total = Bounds.sum(List.of(Bounds.of(count(171)), Bounds.of(count(134))));

		assertThat(total.isExact()).isTrue();
		assertThat(total.value()).isEqualByComparingTo("305");
		assertThat(total.display()).isEqualTo("305");
	}

	@Test
	void neverShowsATotalOverASuppressedCountAsAPlainNumber() {
		Bounds total = Bounds.sum(List.of(Bounds.of(count(171)), Bounds.of(suppressed(5)), Bounds.of(suppressed(5))));

		assertThat(total.isExact()).isFalse();
		assertThat(total.value()).isNull();
		assertThat(total.low()).isEqualByComparingTo("171");
		assertThat(total.high()).isEqualByComparingTo("179");
		assertThat(total.suppressed()).isEqualTo(2);
		assertThat(total.display()).isEqualTo("171–179");
	}

	@Test
	void widensTheRateOfARangeOutwards() {
		// 171 to 179 in 10,486,941 people: 1.6306... to 1.7069... per 100,000.
		Bounds total = Bounds.sum(List.of(Bounds.of(count(171)), Bounds.of(suppressed(5)), Bounds.of(suppressed(5))));

		Bounds rate = total.perHundredThousand(new BigDecimal("10486941"));

		assertThat(rate.isExact()).isFalse();
		assertThat(rate.low()).isEqualByComparingTo("1.63");
		assertThat(rate.high()).isEqualByComparingTo("1.71");
		assertThat(rate.suppressed()).isEqualTo(2);
		assertThat(rate.display(2)).isEqualTo("1.63–1.71");
	}

	@Test
	void roundsAnExactRateHalfUp() {
		Bounds rate = Bounds.of(count(171)).perHundredThousand(new BigDecimal("10486941"));

		assertThat(rate.isExact()).isTrue();
		assertThat(rate.value()).isEqualByComparingTo("1.63");
	}

	@Test
	void givesTheRateOfASuppressedCountAsARangeFromZero() {
		Bounds rate = Bounds.of(suppressed(5)).perHundredThousand(new BigDecimal("5548241"));

		assertThat(rate.value()).isNull();
		assertThat(rate.low()).isEqualByComparingTo("0.00");
		assertThat(rate.high()).isEqualByComparingTo("0.08");
	}

	@Test
	void givesNoChangeBetweenARangeAndAFigure() {
		Bounds earlier = Bounds.of(suppressed(5));
		Bounds later = Bounds.of(count(12));

		assertThat(later.changeFrom(earlier)).isNull();
		assertThat(later.percentChangeFrom(earlier)).isNull();
		assertThat(later.changeFrom(Bounds.of(count(10)))).isEqualByComparingTo("2");
		assertThat(later.percentChangeFrom(Bounds.of(count(10)))).isEqualByComparingTo("20.0");
	}

	@Test
	void boundsAShareWhateverTheSuppressedPartsAre() {
		// Sexual exploitation 70, the other forms 21 and <5: the whole is 91 to 95.
		Bounds sexual = Bounds.of(count(70));
		Bounds rest = Bounds.sum(List.of(Bounds.of(count(21)), Bounds.of(suppressed(5))));

		Bounds share = sexual.shareOf(rest);

		assertThat(share.isExact()).isFalse();
		assertThat(share.low()).isEqualByComparingTo("73.6");
		assertThat(share.high()).isEqualByComparingTo("77.0");
	}

	@Test
	void givesAnExactShareOfExactParts() {
		assertThat(Bounds.of(count(70)).shareOf(Bounds.of(count(30))).value()).isEqualByComparingTo("70.0");
	}

	@Test
	void spansACellForWhichTheSourceGivesTwoFigures() {
		Bounds cell = Bounds.ofCell(List.of(count(12), count(15)));

		assertThat(cell.isExact()).isFalse();
		assertThat(cell.conflicting()).isEqualTo(1);
		assertThat(cell.display()).isEqualTo("12–15");
		assertThat(Bounds.ofCell(List.of(count(12), count(12))).isExact()).isTrue();
		assertThat(Bounds.ofCell(List.of())).isNull();
	}

	private static Observation count(int value) {
		return new Observation("SE", "2022", Map.of(), BigDecimal.valueOf(value), null, List.of(), 1);
	}

	private static Observation suppressed(int bound) {
		return new Observation("SE", "2022", Map.of(), null, BigDecimal.valueOf(bound), List.of("c"), 1);
	}

}
