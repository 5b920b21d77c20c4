package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.pexbsr.Browser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer in a real browser: a reader chooses Sweden and Finland, 2015 to 2023, per
 * 100,000 inhabitants; the chart the page draws, the table and the CSV download all hold
 * exactly the figures the API gives for that view.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ExplorerBrowserTests {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final String CHART_DATA = """
			const chart = Chart.getChart(arguments[0].querySelector('canvas'));
			return chart.data.datasets.map((d) => ({ series: d.pexSeries, part: d.pexPart, data: d.data }));""";

	private static Browser browser;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start("en-GB,en");
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		browser.close();
	}

	@Test
	void showsTheSameRatesInChartTableAndDownloadAsTheApi() throws Exception {
		browser.navigate().to(url("/evidence/explore"));
		chooseOnly("SE", "FI");
		new Select(browser.driver().findElement(By.id("from"))).selectByValue("2015");
		new Select(browser.driver().findElement(By.id("to"))).selectByValue("2023");
		browser.driver().findElement(By.id("measure-rate")).click();
		browser.driver().findElement(By.id("explorer-show")).click();
		browser.waitUpTo(PATIENCE).until(ExpectedConditions.urlContains("measure=rate"));
		WebElement figure = chartReady();

		String query = URI.create(browser.driver().getCurrentUrl()).getRawQuery();
		assertThat(query).contains("geo=SE", "geo=FI", "from=2015", "to=2023", "measure=rate");
		JsonNode api = this.json.readTree(get("/api/v1/evidence/explorer?" + query));
		assertThat(api.get("measure").asString()).isEqualTo("rate");
		assertThat(api.get("population").get("code").asString()).isEqualTo("wb-sp-pop-totl");
		assertThat(texts(api.get("years"))).containsExactly("2015", "2016", "2017", "2018", "2019", "2020", "2021",
				"2022", "2023");
		assertThat(api.get("series")).extracting((series) -> series.get("geo").asString())
			.containsExactlyInAnyOrder("SE", "FI");

		Map<String, JsonNode> points = pointsBySeriesAndYear(api);
		assertThat(points.get("SE 2022").get("value").decimalValue()).isPositive();
		assertThat(points.get("SE 2015").get("value").isNull()).as("Sweden 2015 is <5, so only bounds").isTrue();
		assertThat(points.get("SE 2015").get("high").decimalValue()).isPositive();
		assertThat(points.get("FI 2023").get("low").isNull()).as("no figure for 2023 yet").isTrue();

		assertTableMatches(points);
		assertChartMatches(figure, api);
		assertCsvMatches(points);
	}

	@Test
	void breaksTheLineWhereTheSeriesBreaks() throws Exception {
		String dataset = "test-explorer-breaks";
		if (this.jdbc.sql("select count(*) from evidence_dataset where code = ?")
			.param(dataset)
			.query(Long.class)
			.single() == 0) {
			insertSeriesWithABreak(dataset);
		}

		browser.navigate().to(url("/evidence/explore?dataset=" + dataset + "&geo=SE&from=2018&to=2021"));
		WebElement figure = chartReady();

		WebElement cell = browser.driver()
			.findElement(By.cssSelector("#explorer-figure-table tr[data-geo='SE'] td[data-year='2020']"));
		assertThat(cell.findElement(By.cssSelector("sup.flags")).getText()).isEqualTo("b");
		assertThat(cell.getText()).contains("break in series");
		Object segmentColours = browser.driver().executeScript("""
				const chart = Chart.getChart(arguments[0].querySelector('canvas'));
				const segment = chart.data.datasets[0].segment;
				return [1, 2, 3].map((index) => segment.borderColor({ p1DataIndex: index }) || 'line');""", figure);
		assertThat(segmentColours).isEqualTo(List.of("line", "transparent", "line"));
	}

	private void chooseOnly(String... geos) {
		for (WebElement box : browser.driver().findElements(By.cssSelector("input[name='geo'][type='checkbox']"))) {
			if (box.isSelected()) {
				box.click();
			}
		}
		new Select(browser.driver().findElement(By.id("geo-other"))).deselectAll();
		for (String geo : geos) {
			browser.driver().findElement(By.id("geo-" + geo)).click();
		}
	}

	private WebElement chartReady() {
		return browser.waitUpTo(PATIENCE)
			.until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("#explorer-figure .evidence-chart[data-chart-ready='true']")));
	}

	private void assertTableMatches(Map<String, JsonNode> points) {
		List<WebElement> cells = browser.driver().findElements(By.cssSelector("#explorer-figure-table td[data-year]"));
		assertThat(cells).hasSize(points.size());
		for (WebElement cell : cells) {
			String geo = cell.findElement(By.xpath("..")).getDomAttribute("data-geo");
			JsonNode point = points.get(geo + " " + cell.getDomAttribute("data-year"));
			assertThat(decimal(cell.getDomAttribute("data-value"))).as("value of %s", cell.getDomAttribute("data-year"))
				.isEqualTo(decimal(point.get("value")));
			assertThat(decimal(cell.getDomAttribute("data-low"))).isEqualTo(decimal(point.get("low")));
			assertThat(decimal(cell.getDomAttribute("data-high"))).isEqualTo(decimal(point.get("high")));
			String shown = cell.findElements(By.cssSelector(".figure"))
				.stream()
				.map(WebElement::getText)
				.findFirst()
				.orElse("");
			assertThat(shown).isEqualTo(point.get("display").asString());
		}
	}

	private void assertChartMatches(WebElement figure, JsonNode api) {
		List<?> datasets = (List<?>) browser.driver().executeScript(CHART_DATA, figure);
		Map<String, List<?>> drawn = new HashMap<>();
		for (Object dataset : datasets) {
			Map<?, ?> entry = (Map<?, ?>) dataset;
			drawn.put(entry.get("series") + " " + entry.get("part"), (List<?>) entry.get("data"));
		}
		for (JsonNode series : api.get("series")) {
			String key = series.get("key").asString();
			List<?> exact = drawn.get(key + " exact");
			List<?> ranges = drawn.get(key + " range");
			assertThat(exact).as("line of %s", key).hasSize(series.get("points").size());
			for (int i = 0; i < series.get("points").size(); i++) {
				JsonNode point = series.get("points").get(i);
				assertThat(decimal(exact.get(i))).as("%s %s on the chart", key, point.get("time").asString())
					.isEqualTo(decimal(point.get("value")));
				if (point.get("value").isNull() && !point.get("low").isNull()) {
					List<?> range = (List<?>) ranges.get(i);
					assertThat(decimal(range.get(0))).isEqualTo(decimal(point.get("low")));
					assertThat(decimal(range.get(1))).isEqualTo(decimal(point.get("high")));
				}
				else if (ranges != null) {
					assertThat(ranges.get(i)).isNull();
				}
			}
		}
	}

	private void assertCsvMatches(Map<String, JsonNode> points) throws Exception {
		String href = browser.driver()
			.findElement(By.cssSelector("#explorer-figure a.download-csv"))
			.getDomAttribute("href");
		String csv = get(href);
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
		assertThat(records).hasSize(points.size());
		for (CSVRecord record : records) {
			JsonNode point = points.get(record.get("geo") + " " + record.get("year"));
			assertThat(record.get("measure")).isEqualTo("rate");
			assertThat(decimal(record.get("value"))).isEqualTo(decimal(point.get("value")));
			assertThat(decimal(record.get("low"))).isEqualTo(decimal(point.get("low")));
			assertThat(decimal(record.get("high"))).isEqualTo(decimal(point.get("high")));
			assertThat(record.get("display")).isEqualTo(point.get("display").asString());
			assertThat(record.get("flags")).isEqualTo(String.join("", texts(point.get("flags"))));
			JsonNode population = point.get("population");
			assertThat(record.get("population"))
				.isEqualTo(population.isNull() ? "" : population.get("value").asString());
		}
	}

	private static Map<String, JsonNode> pointsBySeriesAndYear(JsonNode api) {
		Map<String, JsonNode> points = new HashMap<>();
		for (JsonNode series : api.get("series")) {
			for (JsonNode point : series.get("points")) {
				points.put(series.get("geo").asString() + " " + point.get("time").asString(), point);
			}
		}
		return points;
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((item) -> texts.add(item.asString()));
		return texts;
	}

	private static BigDecimal decimal(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof JsonNode node) {
			return node.isNull() ? null : node.decimalValue().stripTrailingZeros();
		}
		String text = value.toString();
		return text.isEmpty() ? null : new BigDecimal(text).stripTrailingZeros();
	}

	private String get(String pathAndQuery) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(url(pathAndQuery))).header("Accept-Language", "en").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
		return response.body();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * A dataset of its own: four years of one Swedish series, the third flagged as a
	 * break.
	 */
	private void insertSeriesWithABreak(String code) {
		long dataset = insert("insert into evidence_dataset (code, title, publisher) values ('" + code
				+ "', 'Constructed series with a break', 'Test')");
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into evidence_dataset_version (dataset_id, version_no, file_name, file_sha256, format, row_count,
				imported_at, imported_by) values (:dataset, 1, 'constructed.csv', :hash, 'test', 4, :at, 'test')""")
			.param("dataset", dataset)
			.param("hash", code)
			.param("at", OffsetDateTime.ofInstant(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
			.update(keys, "id");
		long version = keys.getKeyAs(Long.class);
		long series = insert(
				"insert into evidence_series (dataset_id, series_key) values (" + dataset + ", 'unit=NR')");
		this.jdbc.sql("insert into evidence_series_dimension values (?, 'unit', 'NR')").param(series).update();
		String[][] figures = { { "2018", "10", "" }, { "2019", "12", "" }, { "2020", "30", "b" },
				{ "2021", "33", "" } };
		for (String[] figure : figures) {
			this.jdbc.sql("""
					insert into evidence_observation (version_id, series_id, geo, period, obs_value, flags, source_line)
					values (?, ?, 'SE', ?, ?, ?, ?)""")
				.params(version, series, figure[0], new BigDecimal(figure[1]), figure[2], Integer.parseInt(figure[0]))
				.update();
		}
	}

	private long insert(String sql) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(sql).update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

}
