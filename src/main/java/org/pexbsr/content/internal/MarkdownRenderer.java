package org.pexbsr.content.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Turns Markdown into HTML that is safe to put in a page, whoever wrote it: raw HTML in
 * the source, script links and event handlers do not survive the sanitiser.
 */
@Component
class MarkdownRenderer {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Pattern ANCHOR = Pattern.compile("[\\p{L}\\p{N}_-]{1,120}");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em",
				"strong", "a", "table", "thead", "tbody", "tr", "th", "td", "hr", "br", "del", "sup", "sub")
		.allowAttributes("id")
		.matching(ANCHOR)
		.onElements("h1", "h2", "h3", "h4", "h5", "h6")
		.allowAttributes("href")
		.onElements("a")
		.allowStandardUrlProtocols()
		.allowAttributes("title")
		.onElements("a")
		.allowAttributes("start")
		.matching(Pattern.compile("[0-9]{1,4}"))
		.onElements("ol")
		.allowAttributes("align")
		.matching(true, "left", "right", "center")
		.onElements("th", "td")
		.requireRelsOnLinks("noopener", "noreferrer")
		.toFactory();

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	Rendered render(String markdown) {
		Node document = this.parser.parse(markdown);
		Map<Heading, String> anchors = new IdentityHashMap<>();
		List<org.pexbsr.content.Heading> headings = new ArrayList<>();
		collectHeadings(document, anchors, headings);

		HtmlRenderer renderer = HtmlRenderer.builder()
			.extensions(EXTENSIONS)
			.escapeHtml(true)
			.attributeProviderFactory((context) -> (node, tagName, attributes) -> {
				if (node instanceof Heading heading && anchors.containsKey(heading)) {
					attributes.put("id", anchors.get(heading));
				}
			})
			.build();
		String html = POLICY.sanitize(renderer.render(document));
		return new Rendered(html, List.copyOf(headings));
	}

	private static void collectHeadings(Node document, Map<Heading, String> anchors,
			List<org.pexbsr.content.Heading> headings) {
		IdGenerator ids = IdGenerator.builder().build();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				String text = plainText(heading);
				String id = ids.generateId(text);
				anchors.put(heading, id);
				headings.add(new org.pexbsr.content.Heading(heading.getLevel(), id, text));
			}
		});
	}

	private static String plainText(Node node) {
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text literal) {
				text.append(literal.getLiteral());
			}

			@Override
			public void visit(Code code) {
				text.append(code.getLiteral());
			}
		});
		return text.toString().strip();
	}

	/**
	 * @param html the sanitised body
	 * @param headings the headings with the anchors the body carries
	 */
	record Rendered(String html, List<org.pexbsr.content.Heading> headings) {

	}

}
