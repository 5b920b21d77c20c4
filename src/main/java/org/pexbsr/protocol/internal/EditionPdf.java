package org.pexbsr.protocol.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.pexbsr.content.PublishedDocument;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a national edition as a tagged PDF (PDF/UA) with bookmarks, a table of contents
 * with page numbers and a page number on every page. The fonts ship inside the
 * application (DejaVu Sans, which covers the Nordic, Baltic, Polish, German and Cyrillic
 * letters), so a PDF comes out the same on any machine.
 */
@Component
class EditionPdf {

	static final String FONT_FAMILY = "DejaVu Sans";

	static final int CACHED_EDITIONS = 24;

	private static final Map<String, FontFace> FONTS = Map.of("fonts/DejaVuSans.ttf",
			new FontFace(400, FontStyle.NORMAL), "fonts/DejaVuSans-Bold.ttf", new FontFace(700, FontStyle.NORMAL),
			"fonts/DejaVuSans-Oblique.ttf", new FontFace(400, FontStyle.ITALIC), "fonts/DejaVuSans-BoldOblique.ttf",
			new FontFace(700, FontStyle.ITALIC));

	private final ITemplateEngine templates;

	private final Map<String, byte[]> fonts = new LinkedHashMap<>();

	/**
	 * Rendered PDFs by the edition's validator, which changes whenever anything the
	 * reader receives changes; a long edition takes seconds to set, so each is set once.
	 */
	private final Map<String, byte[]> rendered = java.util.Collections
		.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
				return size() > CACHED_EDITIONS;
			}
		});

	static {
		// openhtmltopdf logs every step at INFO through java.util.logging; its warnings
		// are
		// what an operator needs.
		XRLog.listRegisteredLoggers().forEach((name) -> XRLog.setLevel(name, Level.WARNING));
	}

	EditionPdf(ITemplateEngine templates) {
		this.templates = templates;
		FONTS.keySet().forEach((path) -> this.fonts.put(path, read(path)));
	}

	byte[] render(Edition edition) {
		return this.rendered.computeIfAbsent(edition.country().code() + "|" + edition.etag(),
				(key) -> renderNow(edition));
	}

	private byte[] renderNow(Edition edition) {
		Document html = Jsoup.parse(xhtml(edition), "", Parser.xmlParser());
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.withProducer("PEX-BSR Platform");
		this.fonts.forEach((path, bytes) -> builder.useFont(() -> new ByteArrayInputStream(bytes), FONT_FAMILY,
				FONTS.get(path).weight(), FONTS.get(path).style(), true));
		builder.withW3cDocument(new W3CDom().fromJsoup(html), "/");
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF of edition " + edition.country().code() + " could not be made", ex);
		}
		return out.toByteArray();
	}

	String xhtml(Edition edition) {
		Context context = new Context(edition.language().locale());
		context.setVariable("edition", edition);
		context.setVariable("chapters",
				edition.chapters().stream().map((chapter) -> printed(chapter, edition)).toList());
		context.setVariable("indicatorLists",
				ProtocolViews.indicatorTables(new ProtocolFiles(List.of(), edition.indicators(), edition.checklists()),
						edition.restrictedIncluded()));
		return this.templates.process("protocol/edition-pdf", context);
	}

	/**
	 * A chapter with its anchors made unique within the whole edition and its links to
	 * other chapters of the edition pointed at them.
	 */
	private static PrintedChapter printed(PublishedDocument chapter, Edition edition) {
		String slug = chapter.summary().slug();
		Set<String> slugs = ProtocolViews.slugsOf(edition);
		Document fragment = Jsoup.parseBodyFragment(chapter.html());
		for (Element element : fragment.select("[id]")) {
			element.attr("id", slug + "--" + element.id());
		}
		for (Element link : fragment.select("a[href^=/protocol/]")) {
			String href = link.attr("href");
			String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
			String target = path.substring("/protocol/".length());
			String anchor = href.substring(path.length());
			if (slugs.contains(target)) {
				link.attr("href", anchor.isEmpty() ? "#chapter-" + target : "#" + target + "--" + anchor.substring(1));
			}
			else if (Chapters.INDICATORS.equals(target) || target.startsWith("checklists/")) {
				link.attr("href", anchor.isEmpty() ? "#chapter-" + Chapters.INDICATORS : anchor);
			}
		}
		fragment.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml);
		return new PrintedChapter(chapter, fragment.body().html());
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The font " + path + " is missing from the application", ex);
		}
	}

	/** A chapter as printed: its HTML with edition-wide anchors. */
	record PrintedChapter(PublishedDocument chapter, String html) {

		public String anchor() {
			return "chapter-" + this.chapter.summary().slug();
		}

	}

	private record FontFace(int weight, FontStyle style) {

	}

}
