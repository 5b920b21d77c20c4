package org.pexbsr.evidence.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which observations to fetch.
 *
 * @param dataset the dataset's code
 * @param version a version number, or {@code null} for the newest
 * @param geos countries to keep; empty keeps all
 * @param periods reference periods to keep; empty keeps all
 * @param dimensions for each dimension named, the values to keep
 * @param limit at most this many observations
 * @param offset skip this many first
 */
record ObservationQuery(String dataset, @Nullable Integer version, List<String> geos, List<String> periods,
		Map<String, List<String>> dimensions, int limit, int offset) {

}
