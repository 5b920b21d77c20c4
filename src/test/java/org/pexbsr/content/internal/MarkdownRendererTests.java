package org.pexbsr.content.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown from anyone becomes safe HTML with anchors for its headings.
 */
class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void givesEachHeadingAnAnchorAndListsIt() {
		MarkdownRenderer.Rendered rendered = this.renderer
			.render("## Act\n\ntext\n\n## Means and purpose\n\n### Act\n");

		assertThat(rendered.headings()).extracting("id").containsExactly("act", "means-and-purpose", "act-1");
		assertThat(rendered.html()).contains("<h2 id=\"act\">Act</h2>").contains("<h3 id=\"act-1\">Act</h3>");
	}

	@Test
	void keepsAnchorsForHeadingsInOtherAlphabets() {
		MarkdownRenderer.Rendered rendered = this.renderer.render("## Діяння\n");

		assertThat(rendered.html()).contains("<h2 id=\"діяння\">Діяння</h2>");
	}

	@Test
	void removesScriptsAndEventHandlers() {
		String html = this.renderer
			.render("Hello <script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n<p onclick=\"x()\">p</p>")
			.html();

		Document document = Jsoup.parseBodyFragment(html);
		assertThat(document.select("script, img")).isEmpty();
		assertThat(document.getAllElements()).allSatisfy((element) -> assertThat(element.attributes().asList())
			.noneMatch((attribute) -> attribute.getKey().startsWith("on")));
		assertThat(document.text()).contains("<script>alert(1)</script>");
	}

	@Test
	void dropsRawHtmlElementsEvenWhenTheyLookHarmless() {
		String html = this.renderer
			.render("<div><a href=\"javascript:x()\">a</a><iframe src=\"https://e.org\"></iframe></div>")
			.html();

		assertThat(Jsoup.parseBodyFragment(html).select("div, iframe, a[href^=javascript]")).isEmpty();
	}

	@Test
	void removesScriptLinks() {
		String html = this.renderer.render("[click](javascript:alert(1)) and [ok](https://example.org)").html();

		assertThat(html).doesNotContain("javascript:")
			.contains("<a href=\"https://example.org\" rel=\"noopener noreferrer\">ok</a>");
	}

	@Test
	void rendersTables() {
		String html = this.renderer.render("| a | b |\n|---|---|\n| 1 | 2 |\n").html();

		assertThat(html).contains("<table>").contains("<td>1</td>");
	}

}
