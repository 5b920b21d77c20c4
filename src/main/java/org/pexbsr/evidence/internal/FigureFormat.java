package org.pexbsr.evidence.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Writes figures for people in the page's language: thousands separators, two decimals
 * for rates, an en dash between the bounds of a range, a sign on every change.
 */
final class FigureFormat {

	private final Locale locale;

	FigureFormat(Locale locale) {
		this.locale = locale;
	}

	/** A count, a rate (two decimals) or their bounds; empty for none. */
	public String figure(@Nullable Bounds bounds, boolean rate) {
		if (bounds == null) {
			return "";
		}
		String low = number(bounds.low(), rate);
		return bounds.isExact() ? low : low + "–" + number(bounds.high(), rate);
	}

	/**
	 * The figure of a table cell. A count that is one suppressed figure reads as its
	 * publisher wrote it ({@code <5}); sums and rates over it read as their bounds.
	 */
	public String shown(ExplorerResult.Point point, boolean rate) {
		if (!rate && point.published() != null) {
			return point.published();
		}
		return figure(point.shown(), rate);
	}

	public String count(ExplorerResult.Point point) {
		return figure(point.count(), false);
	}

	/**
	 * The change from the year before, such as {@code +12 (+8.6 %)}; empty when none is
	 * given.
	 */
	public String change(ExplorerResult.Point point, boolean rate) {
		if (point.change() == null) {
			return "";
		}
		String change = signed(point.change(), rate);
		if (point.percentChange() == null) {
			return change;
		}
		NumberFormat percent = NumberFormat.getNumberInstance(this.locale);
		percent.setMinimumFractionDigits(1);
		percent.setMaximumFractionDigits(1);
		BigDecimal value = point.percentChange();
		return change + " (" + sign(value) + percent.format(value.abs()) + " %)";
	}

	public String number(@Nullable BigDecimal value, boolean decimals) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMinimumFractionDigits(decimals ? 2 : 0);
		format.setMaximumFractionDigits(decimals ? 2 : 4);
		return format.format(value);
	}

	public String number(@Nullable BigDecimal value) {
		return number(value, false);
	}

	/** A share in per cent, one decimal, or its bounds. */
	public String percent(@Nullable Bounds share) {
		if (share == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		String low = format.format(share.low());
		return (share.isExact() ? low : low + "–" + format.format(share.high())) + " %";
	}

	private String signed(BigDecimal value, boolean rate) {
		return sign(value) + number(value.abs(), rate);
	}

	private static String sign(BigDecimal value) {
		return (value.signum() > 0) ? "+" : (value.signum() < 0) ? "−" : "";
	}

}
