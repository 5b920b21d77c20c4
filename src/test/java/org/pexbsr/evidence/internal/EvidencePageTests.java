package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence page shows the same figures and flags as the shipped UNODC file, read here
 * independently of the importer with POI's in-memory workbook model.
 */
@PlatformTest
class EvidencePageTests {

	/** Total detected victims by ISO3 code and year, as the workbook holds them. */
	private static final Map<String, String> workbook = new HashMap<>();

	@Autowired
	MockMvcTester mvc;

	@BeforeAll
	static void readWorkbook() throws IOException {
		try (InputStream in = new ClassPathResource("datasets/data_glotip.xlsx").getInputStream();
				XSSFWorkbook book = new XSSFWorkbook(in)) {
			DataFormatter formatter = new DataFormatter();
			for (Row row : book.getSheetAt(0)) {
				String[] cells = new String[13];
				for (int column = 0; column < 13; column++) {
					cells[column] = formatter.formatCellValue(row.getCell(column));
				}
				boolean total = "Detected trafficking victims".equals(cells[4]) && "Total".equals(cells[5])
						&& "Total".equals(cells[6]) && "Total".equals(cells[7]) && "Total".equals(cells[8]);
				if (total) {
					workbook.put(cells[0] + " " + cells[9], cells[11]);
				}
			}
		}
	}

	@ParameterizedTest
	@CsvSource({ "SE, SWE, 2022", "SE, SWE, 2013", "FI, FIN, 2020", "DE, DEU, 2019", "PL, POL, 2021", "EE, EST, 2014",
			"LV, LVA, 2020", "UA, UKR, 2021", "LT, LTU, 2015", "IS, ISL, 2018", "DK, DNK, 2022", "NO, NOR, 2016" })
	void showsTheFigureOfTheFile(String geo, String iso3, String year) {
		String expected = workbook.get(iso3 + " " + year);
		Element cell = page().selectFirst("#victims-table tr[data-geo=" + geo + "] td[data-year=" + year + "]");

		assertThat(expected).as("the workbook has a figure for %s %s", iso3, year).isNotNull();
		assertThat(cell).isNotNull();
		assertThat(cell.text()).isEqualTo(expected);
		assertThat(cell.hasClass("suppressed")).isEqualTo(expected.startsWith("<"));
	}

	@Test
	void leavesACellEmptyWhereTheFileHasNoFigure() {
		Element cell = page().selectFirst("#victims-table tr[data-geo=PL] td[data-year=2010]");

		assertThat(workbook).doesNotContainKey("POL 2010");
		assertThat(cell).isNotNull();
		assertThat(cell.select(".visually-hidden").text()).isEqualTo("no figure reported");
		assertThat(cell.ownText()).isEmpty();
	}

	@Test
	void explainsASuppressedCountWhereItIsShown() {
		Element suppressed = page().selectFirst("#victims-table td.suppressed abbr");

		assertThat(suppressed).isNotNull();
		assertThat(suppressed.text()).isEqualTo("<5");
		assertThat(suppressed.attr("title")).contains("Fewer than 5");
	}

	@Test
	void listsTheMemberCountriesAndUkraine() {
		assertThat(page().select("#victims-table tbody tr").eachAttr("data-geo")).containsExactlyInAnyOrder("DK", "EE",
				"FI", "DE", "IS", "LV", "LT", "NO", "PL", "SE", "UA");
	}

	@Test
	void namesTheSourceAndRelease() {
		String source = page().selectFirst("#victims-source").text();

		assertThat(source).contains("UNODC, Global Report on Trafficking in Persons (GLOTIP) database")
			.contains("2025-04-14")
			.contains("data_glotip.xlsx");
	}

	private Document page() {
		return Pages.parse(this.mvc.get().uri("/evidence"));
	}

}
