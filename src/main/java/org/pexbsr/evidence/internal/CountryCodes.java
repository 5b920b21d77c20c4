package org.pexbsr.evidence.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

/**
 * Maps the country codes that publishers use onto ISO 3166-1 alpha-2, the one code the
 * platform stores: ISO alpha-3 (UNODC, World Bank), UN M49 numbers (UN SDG database) and
 * Eurostat's own codes.
 */
final class CountryCodes {

	/**
	 * UN M49 country codes with their ISO codes; {@code datasets/PROVENANCE.md} says
	 * where the table comes from.
	 */
	static final String M49_TABLE = "datasets/reference/m49-iso3166.csv";

	private static final Map<String, String> ALPHA3_TO_ALPHA2 = alpha3Table();

	private static final Map<Integer, String> M49_TO_ALPHA2 = m49Table();

	private static final Set<String> ALPHA2 = alpha2Codes();

	/** Eurostat writes Greece as EL and the United Kingdom as UK. */
	private static final Map<String, String> EUROSTAT_TO_ALPHA2 = Map.of("EL", "GR", "UK", "GB");

	private CountryCodes() {
	}

	/**
	 * The alpha-2 code for an ISO alpha-3 code, or empty for a code that names no country
	 * (a region, say).
	 */
	static Optional<String> fromAlpha3(String alpha3) {
		return Optional.ofNullable(ALPHA3_TO_ALPHA2.get(alpha3.strip().toUpperCase(Locale.ROOT)));
	}

	/**
	 * The alpha-2 code for a UN M49 number ({@code 752} or {@code 0752}), or empty for a
	 * number that names a region, a group, or a country that no longer exists.
	 */
	static Optional<String> fromM49(int code) {
		return Optional.ofNullable(M49_TO_ALPHA2.get(code));
	}

	/**
	 * The alpha-2 code for a Eurostat geo code, or empty for an aggregate
	 * ({@code EU27_2020}, {@code EA19}) or a region within a country (NUTS codes such as
	 * {@code DE1}).
	 */
	static Optional<String> fromEurostat(String geo) {
		String code = geo.strip().toUpperCase(Locale.ROOT);
		String mapped = EUROSTAT_TO_ALPHA2.getOrDefault(code, code);
		return ALPHA2.contains(mapped) ? Optional.of(mapped) : Optional.empty();
	}

	/** Whether the code is an ISO 3166-1 alpha-2 country code (or XK for Kosovo). */
	static boolean isAlpha2(String code) {
		return ALPHA2.contains(code);
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

	private static Set<String> alpha2Codes() {
		return Set.copyOf(ALPHA3_TO_ALPHA2.values());
	}

	private static Map<Integer, String> m49Table() {
		Map<Integer, String> table = new HashMap<>();
		try (InputStream in = new ClassPathResource(M49_TABLE).getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().skip(1).map((line) -> line.split(",")).forEach((fields) -> {
				table.put(Integer.parseInt(fields[0]), fields[1]);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The M49 table " + M49_TABLE + " could not be read", ex);
		}
		return Map.copyOf(table);
	}

}
