package org.pexbsr.search.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pexbsr.content.ContentLibrary;
import org.pexbsr.content.ContentPublished;
import org.pexbsr.content.DocumentSummary;
import org.pexbsr.content.PublishedDocument;
import org.pexbsr.search.SearchEntriesChanged;
import org.pexbsr.search.SearchEntry;
import org.pexbsr.search.SearchSource;
import org.pexbsr.search.SearchSource.Shelf;
import org.pexbsr.web.Language;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.WebApplicationContext;

/**
 * Fills the index from the database and keeps it current. At start, once every module has
 * loaded its content and data, it reads everything there is to find and rebuilds the
 * index unless the index already holds exactly that. Afterwards a published document is
 * indexed again in all its languages, and a {@link SearchEntriesChanged} (a dataset
 * import) reads every module's records again (a few hundred, a matter of milliseconds).
 *
 * <p>
 * The listeners run synchronously once the publishing transaction has committed, rather
 * than as asynchronous module listeners, so that whoever published sees their change in
 * the next search.
 */
@Component
class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private final SearchIndex index;

	private final ContentLibrary content;

	private final List<SearchSource> sources;

	private final CountDownLatch built = new CountDownLatch(1);

	private boolean started;

	SearchIndexer(SearchIndex index, ContentLibrary content, List<SearchSource> sources) {
		this.index = index;
		this.content = content;
		this.sources = sources;
	}

	/**
	 * Starts the first build once everything else has started, on a thread of its own so
	 * that the platform's start does not wait for it; a search that arrives before the
	 * index is built waits for it. A process without a web server (the command line
	 * import) never searches and builds nothing.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void startBuilding(ApplicationReadyEvent event) {
		synchronized (this) {
			this.started = true;
		}
		if (!(event.getApplicationContext() instanceof WebApplicationContext)) {
			this.built.countDown();
			return;
		}
		Thread builder = new Thread(this::build, "search-index");
		builder.setDaemon(true);
		builder.start();
	}

	synchronized void build() {
		long start = System.nanoTime();
		try {
			List<Indexable> everything = new ArrayList<>(records());
			for (SearchSource source : this.sources) {
				for (Shelf shelf : source.shelves()) {
					everything.addAll(documents(source, shelf));
				}
			}
			String fingerprint = fingerprint(everything);
			long read = elapsed(start);
			if (this.index.fingerprint().filter(fingerprint::equals).isPresent()) {
				log.info("The search index is current: {} entries, read and checked in {} ms", everything.size(), read);
				return;
			}
			this.index.rebuild(everything, fingerprint);
			log.info("Built the search index: {} entries in {} ms ({} ms reading them, {} ms indexing)",
					everything.size(), elapsed(start), read, elapsed(start) - read);
		}
		catch (RuntimeException ex) {
			log.error("The search index could not be built; searches find only what it held before", ex);
		}
		finally {
			this.built.countDown();
		}
	}

	/**
	 * Waits for the first build; a search that cannot wait answers from what there is.
	 */
	void awaitBuilt() {
		try {
			this.built.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	synchronized void onContentPublished(ContentPublished event) {
		if (!this.started) {
			return; // the build at start reads it with everything else
		}
		try {
			for (SearchSource source : this.sources) {
				Optional<Shelf> shelf = source.shelf(event.collection());
				if (shelf.isPresent()) {
					this.index.replace(SearchIndex.KEY, key(event.collection(), event.slug()),
							versions(source, shelf.get(), event.slug()));
				}
			}
		}
		catch (RuntimeException ex) {
			log.error("The search index could not take in {}/{}; the next start rebuilds it", event.collection(),
					event.slug(), ex);
		}
	}

	@EventListener
	synchronized void onEntriesChanged(SearchEntriesChanged event) {
		if (!this.started) {
			return;
		}
		try {
			this.index.replace(SearchIndex.ORIGIN, Indexable.RECORD, records());
		}
		catch (RuntimeException ex) {
			log.error("The search index could not take in the change of {}; the next start rebuilds it", event.what(),
					ex);
		}
	}

	private List<Indexable> records() {
		return this.sources.stream().flatMap((source) -> source.entries().stream()).map(Indexable::record).toList();
	}

	/** Every document of a collection in every language it is published in. */
	private List<Indexable> documents(SearchSource source, Shelf shelf) {
		Map<String, Set<String>> languagesBySlug = new LinkedHashMap<>();
		for (Language language : Language.ALL) {
			for (DocumentSummary summary : this.content.published(shelf.collection(), language.locale())) {
				if (summary.lang().equals(language.tag())) {
					languagesBySlug.computeIfAbsent(summary.slug(), (slug) -> new LinkedHashSet<>())
						.add(summary.lang());
				}
			}
		}
		List<Indexable> documents = new ArrayList<>();
		languagesBySlug.forEach((slug, languages) -> languages
			.forEach((lang) -> this.content.published(shelf.collection(), slug, Locale.forLanguageTag(lang))
				.ifPresent((document) -> documents.add(indexable(source, shelf, document, languages)))));
		return documents;
	}

	/** One document's versions in every language, as they are published now. */
	private List<Indexable> versions(SearchSource source, Shelf shelf, String slug) {
		List<PublishedDocument> found = new ArrayList<>();
		for (Language language : Language.ALL) {
			this.content.published(shelf.collection(), slug, language.locale())
				.filter((document) -> document.lang().equals(language.tag()))
				.ifPresent(found::add);
		}
		Set<String> languages = new LinkedHashSet<>(found.stream().map(PublishedDocument::lang).toList());
		return found.stream().map((document) -> indexable(source, shelf, document, languages)).toList();
	}

	private static Indexable indexable(SearchSource source, Shelf shelf, PublishedDocument document,
			Set<String> languages) {
		DocumentSummary summary = document.summary();
		String text = ((summary.summary() != null) ? summary.summary() + "\n" : "")
				+ Jsoup.parse(document.html()).text();
		SearchEntry entry = new SearchEntry(
				"document:" + summary.collection() + "/" + summary.slug() + "/" + summary.lang(), shelf.kind(),
				summary.lang(), summary.title(), text, shelf.href(summary.slug()), source.restricted(summary));
		return new Indexable(entry, Indexable.DOCUMENT, key(summary.collection(), summary.slug()),
				Set.copyOf(languages));
	}

	private static String key(String collection, String slug) {
		return collection + "/" + slug;
	}

	/** What the entries say, so that an index built from the same can be kept. */
	static String fingerprint(List<Indexable> entries) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			entries.stream()
				.sorted(Comparator.comparing((Indexable indexable) -> indexable.entry().id()))
				.forEach((e) -> {
					SearchEntry entry = e.entry();
					String fields = String.join("\u0000", entry.id(), entry.kind().name(), entry.lang(), entry.title(),
							entry.text(), entry.href(), Boolean.toString(entry.restricted()), e.origin(), e.key(),
							String.join(",", e.translations().stream().sorted().toList()));
					digest.update(fields.getBytes(StandardCharsets.UTF_8));
					digest.update((byte) 1);
				});
			return SearchIndex.LAYOUT + ":" + HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static long elapsed(long start) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
	}

}
