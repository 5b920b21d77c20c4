package org.pexbsr.content.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pexbsr.Pages;

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

	@ParameterizedTest
	@ValueSource(strings = { "<script>window.hacked=1</script>", "<img src=x onerror=\"window.hacked=1\">",
			"[link](javascript:window.hacked=1)", "[link](JaVaScRiPt:window.hacked=1)",
			"[link](&#106;avascript:window.hacked=1)", "[link]( javascript:window.hacked=1)", "[link](vbscript:msgbox)",
			"[link](data:text/html;base64,PHNjcmlwdD4=)", "<javascript:window.hacked=1>",
			"![image](javascript:window.hacked=1)", "<iframe src=\"https://example.org\"></iframe>",
			"<iframe srcdoc=\"<script>window.hacked=1</script>\"></iframe>", "<p style=\"position:fixed\">p</p>",
			"<span style=\"background:url(javascript:x)\">s</span>", "<svg onload=\"window.hacked=1\"><circle/></svg>",
			"<svg><script>window.hacked=1</script></svg>", "<math><mi xlink:href=\"javascript:x\">m</mi></math>",
			"<object data=\"x.swf\"></object>", "<embed src=\"x.swf\">", "<base href=\"https://example.org/\">",
			"<meta http-equiv=\"refresh\" content=\"0;url=https://example.org\">",
			"<link rel=\"stylesheet\" href=\"https://example.org/x.css\">", "<style>body{display:none}</style>",
			"<form action=\"https://example.org\"><button formaction=\"javascript:x\">b</button></form>",
			"<details open ontoggle=\"window.hacked=1\">d</details>", "<a href=\"#\" onclick=\"window.hacked=1\">a</a>",
			"## Heading <img src=x onerror=window.hacked=1>",
			"| a | b |\n|---|---|\n| <script>x</script> | " + "<img src=x onerror=y> |",
			"<scr<script>ipt>window.hacked=1</scr</script>ipt>", "<!--<script>window.hacked=1</script>-->",
			"<noscript><p title=\"</noscript><img src=x onerror=window.hacked=1>\"></noscript>" })
	void rendersHostileMarkdownInert(String markdown) {
		String html = this.renderer.render("Before.\n\n" + markdown + "\n\nAfter.").html();

		Pages.assertInert(Jsoup.parse(html), markdown);
		assertThat(Jsoup.parse(html).text()).contains("Before.", "After.");
	}

}
