package org.pexbsr.content;

import java.util.List;
import java.util.Map;

/**
 * A published document ready to show: its text rendered from Markdown and sanitised, its
 * headings and its front matter (sources, dates checked and whatever else the author
 * recorded).
 *
 * @param summary what lists show of it
 * @param html the body as safe HTML
 * @param headings the headings in reading order, each with the anchor it carries in
 * {@code html}
 * @param frontMatter the author's metadata as parsed from the YAML front matter
 */
public record PublishedDocument(DocumentSummary summary, String html, List<Heading> headings,
		Map<String, Object> frontMatter) {

	public String title() {
		return this.summary.title();
	}

	public String lang() {
		return this.summary.lang();
	}

}
