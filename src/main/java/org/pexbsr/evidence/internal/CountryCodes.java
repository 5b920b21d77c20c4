package org.pexbsr.evidence.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the country codes that publishers use onto ISO 3166-1 alpha-2, the one code the
 * platform stores.
 */
final class CountryCodes {

	private static final Map<String, String> ALPHA3_TO_ALPHA2 = alpha3Table();

	private CountryCodes() {
	}

	/**
	 * The alpha-2 code for an ISO alpha-3 code, or empty for a code that names no country
	 * (a region, say).
	 */
	static Optional<String> fromAlpha3(String alpha3) {
		return Optional.ofNullable(ALPHA3_TO_ALPHA2.get(alpha3.strip().toUpperCase(Locale.ROOT)));
	}

	private static Map<String, String> alpha3Table() {
		Map<String, String> table = new HashMap<>();
		for (String alpha2 : Locale.getISOCountries()) {
			table.put(new Locale.Builder().setRegion(alpha2).build().getISO3Country(), alpha2);
		}
		// Kosovo has no ISO code; XK and XKX are the user-assigned codes the EU, UN
		// agencies and the World Bank use.
		table.put("XKX", "XK");
		return Map.copyOf(table);
	}

}
