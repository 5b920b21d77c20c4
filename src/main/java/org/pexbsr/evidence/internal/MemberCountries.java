package org.pexbsr.evidence.internal;

import java.util.List;

/**
 * The countries the evidence overview reports on: the ten member countries of the
 * programme and Ukraine.
 */
final class MemberCountries {

	static final List<String> CODES = List.of("DK", "EE", "FI", "DE", "IS", "LV", "LT", "NO", "PL", "SE", "UA");

	private MemberCountries() {
	}

}
