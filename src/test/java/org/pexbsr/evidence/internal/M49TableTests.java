package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UN M49 table against two sources it was not built from: the JDK's ISO 3166 codes,
 * and the UN's own names for the M49 numbers in the SDG lookup
 * ({@code ddf--entities--geo_area.csv}).
 */
class M49TableTests {

	@Test
	void pairsEveryNumberWithAnIsoCodeAndItsAlpha3AsTheJdkKnowsThem() throws IOException {
		List<String> rows = TestFiles.lines("reference/m49-iso3166.csv");

		assertThat(rows.get(0)).isEqualTo("m49,alpha2,alpha3");
		assertThat(rows).hasSize(251);
		for (String row : rows.subList(1, rows.size())) {
			String[] fields = row.split(",");
			assertThat(CountryCodes.fromM49(Integer.parseInt(fields[0]))).as(row).hasValue(fields[1]);
			assertThat(CountryCodes.fromAlpha3(fields[2])).as(row).hasValue(fields[1]);
		}
	}

	@ParameterizedTest
	@CsvSource({ "Denmark, DK", "Estonia, EE", "Finland, FI", "Germany, DE", "Iceland, IS", "Latvia, LV",
			"Lithuania, LT", "Norway, NO", "Poland, PL", "Sweden, SE", "Ukraine, UA" })
	void mapsTheNumbersTheUnGivesTheMemberCountriesAndUkraine(String name, String alpha2) throws IOException {
		Integer number = unNames().entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(name))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();

		assertThat(CountryCodes.fromM49(number)).hasValue(alpha2);
	}

	@Test
	void agreesWithTheUnNamesWhereTheyAreTheJdkNames() throws IOException {
		Map<String, String> jdkNames = new HashMap<>();
		for (String alpha2 : Locale.getISOCountries()) {
			jdkNames.put(new Locale.Builder().setRegion(alpha2).build().getDisplayCountry(Locale.ENGLISH), alpha2);
		}
		int compared = 0;
		Map<Integer, String> unNames = unNames();
		// 57 is the region Micronesia; the country the JDK calls Micronesia is 583.
		unNames.remove(57);
		for (Map.Entry<Integer, String> entity : unNames.entrySet()) {
			String alpha2 = jdkNames.get(entity.getValue());
			if (alpha2 != null) {
				assertThat(CountryCodes.fromM49(entity.getKey())).as("%s %s", entity.getKey(), entity.getValue())
					.hasValue(alpha2);
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(150);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 150, 154, 513, 736, 891, 530, 680, 830, 983 })
	void mapsNoRegionGroupOrFormerCountry(int number) {
		assertThat(CountryCodes.fromM49(number)).isEmpty();
	}

	@Test
	void mapsKosovoAsTheUnSdgDatabaseNumbersIt() throws IOException {
		assertThat(unNames()).containsEntry(412, "Kosovo");
		assertThat(CountryCodes.fromM49(412)).hasValue("XK");
	}

	/** The UN's names for M49 numbers, from the SDG lookup. */
	private static Map<Integer, String> unNames() throws IOException {
		Map<Integer, String> names = new HashMap<>();
		for (String row : TestFiles.lines("ddf--entities--geo_area.csv")
			.subList(1, TestFiles.lines("ddf--entities--geo_area.csv").size())) {
			int comma = row.indexOf(',');
			names.put(Integer.parseInt(row.substring(0, comma)), row.substring(comma + 1).replace("\"", ""));
		}
		return names;
	}

}
