package org.pexbsr.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pexbsr.search.SearchEntry;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Lucene index on this node's disk, under {@code pex.data-dir/search}. It is only
 * ever a copy of the database: its last commit carries a fingerprint of what it was built
 * from, so a start that finds it missing, damaged, of an older layout or of other data
 * rebuilds it. When another process on the same data directory holds it (the command line
 * import beside a running server), this process keeps an index of its own in memory
 * instead of failing.
 */
@Component
class SearchIndex implements DisposableBean {

	/**
	 * Raised whenever the fields or their analysis change, so old indexes are rebuilt.
	 */
	static final String LAYOUT = "1";

	static final String ID = "id";

	static final String KEY = "key";

	static final String ORIGIN = "origin";

	static final String KIND = "kind";

	static final String LANG = "lang";

	static final String TRANSLATION = "translation";

	static final String RESTRICTED = "restricted";

	static final String TITLE = "title";

	static final String TEXT = "text";

	static final String HREF = "href";

	private static final String FINGERPRINT = "fingerprint";

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final Analyzer analyzer = SearchAnalyzers.perField();

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	SearchIndex(@Value("${pex.search.index-dir:${pex.data-dir}/search}") Path folder) throws IOException {
		Directory onDisk = FSDirectory.open(Files.createDirectories(folder));
		IndexWriter opened;
		try {
			opened = open(onDisk);
		}
		catch (LockObtainFailedException ex) {
			onDisk.close();
			log.warn("The search index in {} is in use by another process; this process keeps its own index in "
					+ "memory (expected for the command line import beside a running server; nodes that share a data "
					+ "directory should each set pex.search.index-dir to a folder of their own)", folder);
			onDisk = new ByteBuffersDirectory();
			opened = open(onDisk);
		}
		this.directory = onDisk;
		this.writer = opened;
		this.searchers = new SearcherManager(this.writer, null);
	}

	private IndexWriter open(Directory directory) throws IOException {
		try {
			return new IndexWriter(directory, config(OpenMode.CREATE_OR_APPEND));
		}
		catch (LockObtainFailedException ex) {
			throw ex;
		}
		catch (IOException ex) {
			// The index is only a copy of the database, so its damaged files are simply
			// removed; Lucene would otherwise read them again even to create a new one.
			log.warn("The search index could not be read ({}); it is built again", ex.getMessage());
			for (String file : directory.listAll()) {
				directory.deleteFile(file);
			}
			return new IndexWriter(directory, config(OpenMode.CREATE));
		}
	}

	private IndexWriterConfig config(OpenMode mode) {
		return new IndexWriterConfig(this.analyzer).setOpenMode(mode);
	}

	Analyzer analyzer() {
		return this.analyzer;
	}

	/** What the index was last built from, if it was built by this layout. */
	Optional<String> fingerprint() {
		Iterable<Map.Entry<String, String>> data = this.writer.getLiveCommitData();
		if (data == null) {
			return Optional.empty();
		}
		for (Map.Entry<String, String> entry : data) {
			if (entry.getKey().equals(FINGERPRINT) && entry.getValue().startsWith(LAYOUT + ":")) {
				return Optional.of(entry.getValue());
			}
		}
		return Optional.empty();
	}

	/** Replaces everything with the given entries and remembers what they were. */
	synchronized void rebuild(List<Indexable> entries, String fingerprint) {
		try {
			this.writer.deleteAll();
			for (Indexable entry : entries) {
				this.writer.addDocument(document(entry));
			}
			commit(fingerprint);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The search index could not be written", ex);
		}
	}

	/**
	 * Replaces whatever has the given value in a field (one document's language versions,
	 * or every record) with the given entries, in one commit.
	 */
	synchronized void replace(String field, String value, List<Indexable> entries) {
		try {
			this.writer.deleteDocuments(new Term(field, value));
			for (Indexable entry : entries) {
				this.writer.addDocument(document(entry));
			}
			// What the index holds is no longer what a fingerprint of the database at
			// start described, so the next start compares against nothing and rebuilds.
			commit("");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The search index could not be written", ex);
		}
	}

	private void commit(String fingerprint) throws IOException {
		this.writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
		this.writer.commit();
		this.searchers.maybeRefreshBlocking();
	}

	/** Runs a search on the newest committed state. */
	<T> T read(Reading<T> reading) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return reading.read(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The search index could not be read", ex);
		}
	}

	int size() {
		return read((searcher) -> searcher.getIndexReader().numDocs());
	}

	private static Document document(Indexable indexable) {
		SearchEntry entry = indexable.entry();
		String lang = SearchAnalyzers.languageOf(entry.lang());
		Document document = new Document();
		document.add(new StringField(ID, entry.id(), Store.YES));
		document.add(new StringField(KEY, indexable.key(), Store.NO));
		document.add(new StringField(ORIGIN, indexable.origin(), Store.NO));
		document.add(new StringField(KIND, entry.kind().name(), Store.YES));
		document.add(new StringField(LANG, entry.lang(), Store.YES));
		indexable.translations()
			.forEach((translation) -> document.add(new StringField(TRANSLATION, translation, Store.NO)));
		document.add(new StringField(RESTRICTED, Boolean.toString(entry.restricted()), Store.YES));
		document.add(new StoredField(TITLE, entry.title()));
		document.add(new StoredField(TEXT, entry.text()));
		document.add(new StoredField(HREF, entry.href()));
		document.add(new TextField(SearchAnalyzers.TITLE + lang, entry.title(), Store.NO));
		document.add(new TextField(SearchAnalyzers.TEXT + lang, entry.text(), Store.NO));
		document.add(new TextField(SearchAnalyzers.FOLDED_TITLE, entry.title(), Store.NO));
		document.add(new TextField(SearchAnalyzers.FOLDED_TEXT, entry.text(), Store.NO));
		return document;
	}

	@Override
	public void destroy() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

	@FunctionalInterface
	interface Reading<T> {

		T read(IndexSearcher searcher) throws IOException;

	}

}
