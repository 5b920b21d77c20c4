package org.pexbsr.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pexbsr.content.ContentPublished;
import org.pexbsr.content.RepositoryDocument;
import org.pexbsr.content.RepositoryFile;
import org.pexbsr.content.RepositoryFiles;
import org.pexbsr.content.RepositoryFilesLoader;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the programme's writing from {@code content/<collection>/<lang>/*.md} at start,
 * before the web server opens. A file whose text changed since it was last loaded becomes
 * a new published version; an unchanged file is left alone, so a second start writes
 * nothing. All files load in one transaction, together with the structured files that
 * modules read through {@link RepositoryFilesLoader}: one broken file stops the start
 * with its name, and nothing of the others is half written.
 *
 * <p>
 * Content can come from several locations ({@code pex.content.locations}, the shipped
 * {@code classpath*:content/} by default); where two hold the same document or file, the
 * first location's wins.
 */
@Component
class ContentLoader implements SmartInitializingSingleton {

	static final String REPOSITORY_AUTHOR = "repository";

	private static final Logger log = LoggerFactory.getLogger(ContentLoader.class);

	private static final Pattern DOCUMENT = Pattern.compile(".*/content/(([a-z0-9-]+)/([a-z]{2,3})/([^/]+\\.md))$");

	private static final Pattern STRUCTURED = Pattern.compile(".*/content/(([a-z0-9-]+)/.+\\.ya?ml)$");

	private final DocumentRepository documents;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final List<RepositoryFilesLoader> fileLoaders;

	private final List<String> locations;

	ContentLoader(DocumentRepository documents, TransactionTemplate transaction, ApplicationEventPublisher events,
			Clock clock, List<RepositoryFilesLoader> fileLoaders,
			@Value("${pex.content.locations:classpath*:content/}") List<String> locations) {
		this.documents = documents;
		this.transaction = transaction;
		this.events = events;
		this.clock = clock;
		this.fileLoaders = fileLoaders;
		this.locations = locations;
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
		Map<String, SourceDocument> sources = new LinkedHashMap<>();
		Map<String, RepositoryFile> files = new LinkedHashMap<>();
		for (int rank = 0; rank < this.locations.size(); rank++) {
			readLocation(this.locations.get(rank).strip(), rank, sources, files);
		}
		List<ContentPublished> published = load(List.copyOf(sources.values()), new Found(sources, files));
		log.info("Loaded {} content documents and {} structured files; {} new or changed, published as new versions",
				sources.size(), files.size(), published.size());
	}

	private void readLocation(String location, int rank, Map<String, SourceDocument> sources,
			Map<String, RepositoryFile> files) throws IOException {
		String root = location.endsWith("/") ? location : location + "/";
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (Resource resource : resolver.getResources(root + "*/*/*.md")) {
			Matcher path = DOCUMENT.matcher(resource.getURL().toString());
			if (!path.matches()) {
				log.warn("Skipped {}: content files belong in content/<collection>/<language>/", resource);
				continue;
			}
			SourceDocument source = SourceDocumentParser.parse(path.group(2), path.group(3), path.group(1),
					read(resource));
			sources.putIfAbsent(source.collection() + "/" + source.lang() + "/" + source.slug(), source);
		}
		for (String pattern : List.of("*/**/*.yaml", "*/**/*.yml")) {
			for (Resource resource : resolver.getResources(root + pattern)) {
				Matcher path = STRUCTURED.matcher(resource.getURL().toString());
				if (path.matches() && !files.containsKey(path.group(1))) {
					files.put(path.group(1), new RepositoryFile(path.group(1), read(resource), rank));
				}
			}
		}
	}

	private static byte[] read(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
	}

	/** Stores single documents, as a test makes them, with no structured files. */
	List<ContentPublished> load(List<SourceDocument> sources) {
		return load(sources, RepositoryFiles.NONE);
	}

	/**
	 * Stores the documents and lets each module load its structured files, all in one
	 * transaction, and announces each new version once it is committed.
	 */
	List<ContentPublished> load(List<SourceDocument> sources, RepositoryFiles files) {
		List<ContentPublished> published = this.transaction.execute((status) -> {
			List<ContentPublished> stored = store(sources);
			this.fileLoaders.forEach((loader) -> loader.load(files));
			return stored;
		});
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

	/** What one load found, in the order of the locations. */
	private record Found(Map<String, SourceDocument> sources,
			Map<String, RepositoryFile> files) implements RepositoryFiles {

		@Override
		public List<RepositoryDocument> documents(String collection) {
			return this.sources.values()
				.stream()
				.filter((source) -> source.collection().equals(collection))
				.map(SourceDocument::asRepositoryDocument)
				.toList();
		}

		@Override
		public List<RepositoryFile> files(String collection) {
			return this.files.values()
				.stream()
				.filter((file) -> file.path().startsWith(collection + "/"))
				.sorted(java.util.Comparator.comparing(RepositoryFile::path))
				.toList();
		}

	}

}
