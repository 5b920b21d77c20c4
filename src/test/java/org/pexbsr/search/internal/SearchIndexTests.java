package org.pexbsr.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pexbsr.search.SearchEntry;
import org.pexbsr.search.SearchEntry.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index on disk: it remembers what it was built from across a restart, starts empty
 * when its files are damaged, and gives way to another process that holds it.
 */
class SearchIndexTests {

	private static final List<Indexable> ENTRIES = List.of(Indexable.record(new SearchEntry("dataset:sample",
			Kind.DATASET, "en", "Sample dataset", "Figures of a sample.", "/evidence/explore?dataset=sample", false)));

	@TempDir
	Path folder;

	@Test
	void remembersWhatItWasBuiltFromAcrossARestart() throws IOException {
		String fingerprint = SearchIndexer.fingerprint(ENTRIES);
		SearchIndex first = new SearchIndex(this.folder);
		assertThat(first.fingerprint()).isEmpty();
		first.rebuild(ENTRIES, fingerprint);
		first.destroy();

		SearchIndex second = new SearchIndex(this.folder);
		assertThat(second.fingerprint()).contains(fingerprint);
		assertThat(second.size()).isEqualTo(1);
		second.replace(SearchIndex.ORIGIN, Indexable.RECORD, List.of());
		assertThat(second.fingerprint()).isEmpty();
		assertThat(second.size()).isZero();
		second.destroy();
	}

	@Test
	void startsEmptyWhenItsFilesAreDamaged() throws IOException {
		SearchIndex first = new SearchIndex(this.folder);
		first.rebuild(ENTRIES, SearchIndexer.fingerprint(ENTRIES));
		first.destroy();
		try (var files = Files.list(this.folder)) {
			for (Path file : files.filter((path) -> path.getFileName().toString().startsWith("segments")).toList()) {
				Files.write(file, new byte[] { 1, 2, 3 });
			}
		}

		SearchIndex reopened = new SearchIndex(this.folder);
		assertThat(reopened.size()).isZero();
		assertThat(reopened.fingerprint()).isEmpty();
		reopened.destroy();
	}

	@Test
	void keepsAnIndexInMemoryWhenAnotherProcessHoldsTheFolder() throws IOException {
		SearchIndex holder = new SearchIndex(this.folder);
		SearchIndex second = new SearchIndex(this.folder);

		second.rebuild(ENTRIES, SearchIndexer.fingerprint(ENTRIES));

		int found = second
			.read((searcher) -> searcher.count(new TermQuery(new Term(SearchIndex.ID, "dataset:sample"))));
		assertThat(found).isEqualTo(1);
		assertThat(holder.size()).isZero();
		second.destroy();
		holder.destroy();
	}

}
