package org.pexbsr.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pexbsr.content.ContentPublished;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the programme's writing from {@code content/<collection>/<lang>/*.md} at start,
 * before the web server opens. A file whose text changed since it was last loaded becomes
 * a new published version; an unchanged file is left alone, so a second start writes
 * nothing. All files load in one transaction: one broken file stops the start with its
 * name, and nothing of the others is half written.
 */
@Component
class ContentLoader implements SmartInitializingSingleton {

	static final String REPOSITORY_AUTHOR = "repository";

	private static final Logger log = LoggerFactory.getLogger(ContentLoader.class);

	private static final Pattern LOCATION = Pattern.compile(".*/content/([a-z0-9-]+)/([a-z]{2,3})/([^/]+\\.md)$");

	private final DocumentRepository documents;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContentLoader(DocumentRepository documents, TransactionTemplate transaction, ApplicationEventPublisher events,
			Clock clock) {
		this.documents = documents;
		this.transaction = transaction;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Runs before the web server opens, so no page is served before the content is there.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		try {
			loadRepositoryContent();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The content files could not be read", ex);
		}
	}

	void loadRepositoryContent() throws IOException {
		List<SourceDocument> sources = readAll();
		List<ContentPublished> published = load(sources);
		log.info("Loaded {} content files from the repository; {} new or changed, published as new versions",
				sources.size(), published.size());
	}

	private List<SourceDocument> readAll() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:content/*/*/*.md");
		List<SourceDocument> sources = new ArrayList<>();
		for (Resource resource : resources) {
			Matcher location = LOCATION.matcher(resource.getURL().toString());
			if (!location.matches()) {
				log.warn("Skipped {}: content files belong in content/<collection>/<language>/", resource);
				continue;
			}
			try (InputStream in = resource.getInputStream()) {
				sources.add(SourceDocumentParser.parse(location.group(1), location.group(2),
						location.group(1) + "/" + location.group(2) + "/" + location.group(3), in.readAllBytes()));
			}
		}
		return sources;
	}

	/**
	 * Stores the files in one transaction and announces each new version once it is
	 * committed.
	 */
	List<ContentPublished> load(List<SourceDocument> sources) {
		List<ContentPublished> published = this.transaction.execute((status) -> store(sources));
		published.forEach(this.events::publishEvent);
		return published;
	}

	private List<ContentPublished> store(List<SourceDocument> sources) {
		List<ContentPublished> published = new ArrayList<>();
		for (SourceDocument source : sources) {
			long id = this.documents.findDocumentId(source.collection(), source.slug(), source.lang())
				.orElseGet(() -> this.documents.createDocument(source, this.clock.instant()));
			boolean unchanged = this.documents.latestRepositoryHash(id).map(source.hash()::equals).orElse(false);
			if (unchanged) {
				continue;
			}
			int version = this.documents.publishNewVersion(id, source, REPOSITORY_AUTHOR, this.clock.instant());
			published.add(new ContentPublished(source.collection(), source.slug(), source.lang(), version));
		}
		return published;
	}

}
