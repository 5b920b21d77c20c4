package org.pexbsr.schools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The school and youth page lists, for each of the ten countries and Ukraine, every
 * helpline of the repository's file (read here on its own, from the file in the
 * repository) with a number a phone can dial and the page it was read on.
 */
@PlatformTest
class HelplinesPageTests {

	private static final List<String> COUNTRIES = List.of("DK", "EE", "FI", "DE", "IS", "LV", "LT", "NO", "PL", "SE",
			"UA");

	@Autowired
	MockMvcTester mvc;

	@Test
	@SuppressWarnings("unchecked")
	void listsEveryLineOfTheFileWithANumberToDialAndItsSource() throws IOException {
		Map<String, Object> file;
		try (InputStream in = Files.newInputStream(Path.of(Helplines.FILE))) {
			file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		Map<String, List<Map<String, String>>> countries = (Map<String, List<Map<String, String>>>) file
			.get("countries");

		Document page = Pages.parse(this.mvc.get().uri("/schools").header("Accept-Language", "en"));

		assertThat(countries.keySet()).containsExactlyInAnyOrderElementsOf(COUNTRIES);
		countries.forEach((country, lines) -> {
			List<Element> rows = page.select("#helplines tr[data-country=" + country + "]");
			assertThat(rows).as(country).hasSize(lines.size());
			for (int i = 0; i < lines.size(); i++) {
				Element number = rows.get(i).selectFirst("a.helpline-number");
				assertThat(number.text()).isEqualTo(lines.get(i).get("number"));
				assertThat(number.attr("href")).isEqualTo("tel:" + lines.get(i).get("number").replaceAll("[ -]", ""));
				assertThat(rows.get(i).text()).contains(lines.get(i).get("source"));
			}
		});
		assertThat(page.select("#helplines tr[data-country=FI] a.helpline-number").eachText())
			.contains("+358 2954 63177");
		assertThat(page.select("#helplines th[scope=row]").eachText()).contains("Finland", "Ukraine", "Iceland");
		assertThat(page.select("main .notice a[href='tel:112']").text()).isEqualTo("112");
		assertThat(page.text()).doesNotContainIgnoringCase("unverified");
	}

	@Test
	void namesTheCountriesAndHeadingsInTheReadersLanguage() {
		Document page = Pages.parse(this.mvc.get().uri("/schools").header("Accept-Language", "uk"));

		assertThat(page.select("h2#help").text()).isEqualTo("Де отримати допомогу");
		assertThat(page.select("#helplines th[scope=row]").eachText()).contains("Фінляндія", "Україна");
		assertThat(page.select("#helplines td[lang=en]")).isNotEmpty();
	}

}
