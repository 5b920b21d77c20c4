package org.pexbsr.protocol.internal;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * The operational indicators of trafficking for sexual exploitation, as
 * {@code content/protocol/indicators.yaml} records them: grouped by list (adults,
 * children) and dimension, each tied to the legal element it helps prove.
 */
record Indicators(List<IndicatorSource> sources, List<Group> lists, List<Group> dimensions, List<Indicator> indicators,
		@JsonIgnore String file) {

	static final Indicators NONE = new Indicators(List.of(), List.of(), List.of(), List.of(), "");

	static final List<String> ELEMENTS = List.of("act", "means", "purpose");

	static final List<String> STRENGTHS = List.of("strong", "medium", "weak");

	static final List<String> MEANS = List.of("deception", "coercion", "abuse-of-vulnerability", "force", "abduction",
			"abuse-of-power", "payments-to-a-controller");

	List<Indicator> of(String list, String dimension) {
		return this.indicators.stream()
			.filter((indicator) -> indicator.list().equals(list) && indicator.dimension().equals(dimension))
			.toList();
	}

	Optional<Indicator> indicator(String id) {
		return this.indicators.stream().filter((indicator) -> indicator.id().equals(id)).findFirst();
	}

	/** A list or a dimension: an id and a title. */
	record Group(String id, String title) {

	}

	record IndicatorSource(String id, String title, @Nullable String url) {

	}

	/**
	 * One indicator.
	 *
	 * @param strength {@code strong}, {@code medium} or {@code weak}, where the source
	 * grades it
	 * @param proves the element it helps prove: {@code act}, {@code means} or
	 * {@code purpose}
	 * @param means for {@code proves: means}, which means
	 * @param checklistItems ids of the checklist items that look for it
	 */
	record Indicator(String id, String list, String dimension, @Nullable String strength, String text, String proves,
			@Nullable String means, @Nullable String lookFor, List<String> checklistItems, String source) {

	}

}
