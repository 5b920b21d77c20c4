package org.pexbsr.protocol.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import org.pexbsr.PlatformTest;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jurisdictions and provisions API, read back for each of the ten member countries
 * and compared with the record it was loaded from in the repository.
 */
@PlatformTest
class ProtocolApiTests {

	static final List<String> COUNTRIES = Jurisdiction.MEMBER_COUNTRIES;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Test
	void listsTheInternationalInstrumentsAndTheTenCountries() {
		List<Map<String, Object>> jurisdictions = list(this.mvc.get().uri("/api/v1/protocol/jurisdictions").exchange());

		List<String> expected = new java.util.ArrayList<>(List.of("INT", "EU", "COE"));
		expected.addAll(COUNTRIES);
		assertThat(jurisdictions).extracting((jurisdiction) -> jurisdiction.get("code"))
			.containsExactlyInAnyOrderElementsOf(expected);
		assertThat(jurisdictions).filteredOn((jurisdiction) -> "PL".equals(jurisdiction.get("code")))
			.singleElement()
			.satisfies((poland) -> {
				assertThat(poland).containsEntry("name", "Poland").containsEntry("nationalLanguage", "pl");
				assertThat(poland.get("provisionsHref")).isEqualTo("/api/v1/protocol/jurisdictions/PL/provisions");
			});
	}

	@ParameterizedTest
	@FieldSource("COUNTRIES")
	void readsEachNationalRecordBackWithCitationAgeAndSource(String country) throws IOException {
		Map<String, Object> record = record(country);
		List<Map<String, Object>> expected = listOf(record.get("provisions"));

		List<Map<String, Object>> provisions = list(
				this.mvc.get().uri("/api/v1/protocol/jurisdictions/{code}/provisions", country).exchange());

		assertThat(provisions).hasSameSizeAs(expected).isNotEmpty();
		for (int i = 0; i < expected.size(); i++) {
			Map<String, Object> written = expected.get(i);
			Map<String, Object> served = provisions.get(i);
			assertThat(served).as("%s provision %d", country, i)
				.containsEntry("jurisdiction", country)
				.containsEntry("id", written.get("id"))
				.containsEntry("citation", written.get("citation").toString().strip())
				.containsEntry("childWithoutMeansUnder", written.get("child_without_means_under"))
				.containsEntry("verified", written.get("verified"));
			Map<String, Object> firstSource = listOf(written.get("sources")).get(0);
			Map<String, Object> servedSource = listOf(served.get("sources")).get(0);
			assertThat(servedSource).containsEntry("url", firstSource.get("url"))
				.containsEntry("checked", date(firstSource.get("checked")).toString());
			assertThat(served.get("checked")).isNotNull();
			if (Boolean.FALSE.equals(written.get("verified"))) {
				assertThat(served.get("verificationNote")).isNotNull();
			}
		}
	}

	@Test
	void namesTheAgeUnderWhichNoMeansIsNeededInGermanyAndPoland() {
		assertThat(mainOffence("DE")).containsEntry("childWithoutMeansUnder", 21);
		assertThat(mainOffence("PL")).containsEntry("childWithoutMeansUnder", 18);
		assertThat(mainOffence("PL").get("shortCitation").toString()).contains("189a");
		assertThat(mainOffence("DE").get("shortCitation").toString()).contains("232");
	}

	@Test
	void answersAnUnknownCodeWithAProblemDocument() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/protocol/jurisdictions/XX/provisions").exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("'XX'").contains("PL");
	}

	@Test
	void describesTheProtocolRoutesInOpenApi() {
		assertThat(this.mvc.get().uri("/v3/api-docs").exchange()).bodyJson()
			.extractingPath("$.paths")
			.asMap()
			.containsKeys("/api/v1/protocol/jurisdictions", "/api/v1/protocol/jurisdictions/{code}/provisions",
					"/api/v1/protocol/editions/{country}", "/api/v1/protocol/editions/{country}.pdf");
	}

	private Map<String, Object> mainOffence(String country) {
		return list(this.mvc.get().uri("/api/v1/protocol/jurisdictions/{code}/provisions", country).exchange()).stream()
			.filter((provision) -> "trafficking".equals(provision.get("kind")))
			.findFirst()
			.orElseThrow();
	}

	private List<Map<String, Object>> list(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return this.json.readValue(result.getResponse().getContentAsByteArray(), new TypeReference<>() {
		});
	}

	/**
	 * The record as its writer wrote it, read with a plain YAML reader rather than the
	 * platform's.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> record(String country) throws IOException {
		String name = "protocol/law/" + country.toLowerCase() + ".yaml";
		try (InputStream in = Files.newInputStream(ProtocolContentFiles.REPOSITORY.resolve(name))) {
			LoaderOptions options = new LoaderOptions();
			return (Map<String, Object>) new Yaml(new SafeConstructor(options),
					new org.yaml.snakeyaml.representer.Representer(new org.yaml.snakeyaml.DumperOptions()),
					new org.yaml.snakeyaml.DumperOptions(), options, new NoBooleanNoResolver())
				.load(in);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> listOf(Object value) {
		return (List<Map<String, Object>>) value;
	}

	private static LocalDate date(Object value) {
		if (value instanceof Date date) {
			return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
		}
		return LocalDate.parse(value.toString());
	}

	/** Keeps Norway's code NO as text, as the platform's reader does. */
	static final class NoBooleanNoResolver extends org.yaml.snakeyaml.resolver.Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL,
					java.util.regex.Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
			addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
			addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
			addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
			addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.TIMESTAMP, TIMESTAMP, "0123456789");
		}

	}

}
