package org.pexbsr.evidence.internal;

import org.junit.jupiter.api.Test;
import org.pexbsr.PlatformTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence API as a script or phone app calls it.
 */
@PlatformTest
class EvidenceApiTests {

	private static final String SWEDEN_TOTAL = "/api/v1/evidence/observations?dataset=unodc-glotip&geo=SE"
			+ "&indicator=Detected trafficking victims&dimension=Total&category=Total&sex=Total&age=Total";

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsDatasetsWithSourceCoverageAndRowCount() {
		assertThat(this.mvc.get().uri("/api/v1/evidence/datasets")).hasStatusOk().bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$[?(@.code == 'unodc-glotip')].rowCount")
				.asArray()
				.containsExactly(58_743);
			assertThat(json).extractingPath("$[?(@.code == 'unodc-glotip')].release")
				.asArray()
				.containsExactly("2025-04-14");
			assertThat(json).extractingPath("$[?(@.code == 'unodc-glotip')].coverage.geo[*]")
				.asArray()
				.contains("SE", "UA", "IS");
			assertThat(json).extractingPath("$[?(@.code == 'wb-sp-pop-totl')].source")
				.asArray()
				.singleElement()
				.asString()
				.startsWith("World Bank");
		});
	}

	@Test
	void filtersObservationsByCountryPeriodAndDimensions() {
		assertThat(this.mvc.get().uri(SWEDEN_TOTAL + "&time=2021,2022")).hasStatusOk().bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.observations[*].time").asArray().containsExactly("2021", "2022");
			assertThat(json).extractingPath("$.observations[*].value").asArray().containsExactly(134, 171);
			assertThat(json).extractingPath("$.observations[0].dimensions.indicator")
				.isEqualTo("Detected trafficking victims");
			assertThat(json).extractingPath("$.observations[1].sourceLine").isEqualTo(41_111);
		});
	}

	@Test
	void givesSuppressedCountsNoValueButABoundAndTheFlag() {
		assertThat(this.mvc.get().uri(SWEDEN_TOTAL + "&time=2013")).hasStatusOk().bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.observations[0].value").isNull();
			assertThat(json).extractingPath("$.observations[0].upperBound").isEqualTo(5);
			assertThat(json).extractingPath("$.observations[0].flags").asArray().containsExactly("c");
			assertThat(json).extractingPath("$.observations[0].display").isEqualTo("<5");
		});
	}

	@Test
	void keepsSeveralValuesOfOneDimension() {
		String uri = "/api/v1/evidence/observations?dataset=unodc-glotip&geo=FI&time=2020"
				+ "&indicator=Detected trafficking victims&dimension=Total&category=Total&age=Total"
				+ "&sex=Female&sex=Male";

		assertThat(this.mvc.get().uri(uri)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.observations[*].dimensions.sex")
			.asArray()
			.containsExactlyInAnyOrder("Female", "Male");
	}

	@Test
	void answersAnUnknownDatasetWithAProblemDocument() {
		assertThat(this.mvc.get().uri("/api/v1/evidence/observations?dataset=no-such-thing"))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("No dataset 'no-such-thing'");
	}

	@Test
	void namesAnUnknownDimension() {
		assertThat(this.mvc.get().uri("/api/v1/evidence/observations?dataset=unodc-glotip&colour=red"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.field").isEqualTo("colour");
				assertThat(json).extractingPath("$.detail").asString().contains("no dimension 'colour'");
			});
	}

	@Test
	void refusesALimitOutOfRange() {
		assertThat(this.mvc.get().uri("/api/v1/evidence/observations?dataset=unodc-glotip&limit=0"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("limit");
	}

	@Test
	void describesTheApiInOpenApi() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths")
			.asMap()
			.containsKeys("/api/v1/evidence/datasets", "/api/v1/evidence/observations");
	}

}
