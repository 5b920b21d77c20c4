package org.pexbsr.content.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.pexbsr.content.ContentLibrary;
import org.pexbsr.content.DocumentSummary;
import org.pexbsr.content.DocumentVersion;
import org.pexbsr.content.PublishedDocument;

import org.springframework.stereotype.Service;

/**
 * Serves published documents from the database, rendering each version's Markdown once.
 */
@Service
class JdbcContentLibrary implements ContentLibrary {

	static final String FALLBACK_LANGUAGE = "en";

	private final DocumentRepository documents;

	private final MarkdownRenderer renderer;

	// Keyed by version id: a version's text never changes, so its rendering never goes
	// stale.
	private final Map<Long, PublishedDocument> rendered = new ConcurrentHashMap<>();

	JdbcContentLibrary(DocumentRepository documents, MarkdownRenderer renderer) {
		this.documents = documents;
		this.renderer = renderer;
	}

	@Override
	public Optional<PublishedDocument> published(String collection, String slug, Locale wanted) {
		return this.documents.findPublished(collection, slug, wanted.getLanguage())
			.or(() -> this.documents.findPublished(collection, slug, FALLBACK_LANGUAGE))
			.map((stored) -> this.rendered.computeIfAbsent(stored.versionId(), (id) -> render(stored)));
	}

	@Override
	public List<DocumentSummary> published(String collection, Locale wanted) {
		String language = wanted.getLanguage();
		Map<String, DocumentSummary> bySlug = new LinkedHashMap<>();
		for (DocumentRepository.StoredVersion stored : this.documents.findPublished(collection)) {
			DocumentSummary summary = stored.summary();
			if (preference(summary, language) == 0) {
				continue;
			}
			DocumentSummary chosen = bySlug.get(summary.slug());
			if (chosen == null || preference(summary, language) > preference(chosen, language)) {
				bySlug.put(summary.slug(), summary);
			}
		}
		return bySlug.values()
			.stream()
			.sorted(Comparator.comparingInt(DocumentSummary::position).thenComparing(DocumentSummary::slug))
			.toList();
	}

	@Override
	public List<DocumentVersion> history(String collection, String slug, String lang) {
		return this.documents.history(collection, slug, lang);
	}

	/**
	 * The wanted language first, English second; other languages are not offered in its
	 * place.
	 */
	private static int preference(DocumentSummary summary, String wanted) {
		if (summary.lang().equals(wanted)) {
			return 2;
		}
		return summary.lang().equals(FALLBACK_LANGUAGE) ? 1 : 0;
	}

	private PublishedDocument render(DocumentRepository.StoredVersion stored) {
		MarkdownRenderer.Rendered result = this.renderer.render(stored.bodyMarkdown());
		Map<String, Object> frontMatter = SourceDocumentParser.parseYaml(stored.summary().slug(),
				stored.frontMatterYaml());
		return new PublishedDocument(stored.summary(), result.html(), result.headings(), frontMatter);
	}

}
