package org.pexbsr.evidence.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.pexbsr.evidence.DatasetImported;
import org.pexbsr.search.SearchEntriesChanged;
import org.pexbsr.search.SearchEntry;
import org.pexbsr.search.SearchEntry.Kind;
import org.pexbsr.search.SearchSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The evidence overview in the search index: the studies, read at
 * {@code /evidence/studies/<slug>}, and the newest version of every dataset with its
 * publisher and coverage, linked to the explorer or, for case records, to their tables.
 */
@Component
class EvidenceSearchSource implements SearchSource {

	private final EvidenceQueries queries;

	private final CaseTables caseTables;

	private final ApplicationEventPublisher events;

	EvidenceSearchSource(EvidenceQueries queries, CaseTables caseTables, ApplicationEventPublisher events) {
		this.queries = queries;
		this.caseTables = caseTables;
		this.events = events;
	}

	/**
	 * Tells the index once the import has committed, so that it reads the new version.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void onDatasetImported(DatasetImported imported) {
		this.events.publishEvent(new SearchEntriesChanged("dataset " + imported.dataset()));
	}

	@Override
	public List<Shelf> shelves() {
		return List.of(new Shelf(StudiesController.COLLECTION, Kind.STUDY, "/evidence/studies/"));
	}

	@Override
	public List<SearchEntry> entries() {
		Set<String> caseRecords = this.caseTables.datasets()
			.stream()
			.map(CaseTables.CaseDataset::code)
			.collect(Collectors.toSet());
		return this.queries.datasets().stream().map((dataset) -> entry(dataset, caseRecords)).toList();
	}

	private static SearchEntry entry(DatasetInfo dataset, Set<String> caseRecords) {
		String coverage = (dataset.firstPeriod() != null) ? dataset.firstPeriod() + "–" + dataset.lastPeriod() : null;
		String text = Stream
			.of(dataset.code(), dataset.publisher(), dataset.releaseLabel(), coverage, dataset.fileName(),
					dataset.licence())
			.filter(Objects::nonNull)
			.collect(Collectors.joining("\n"));
		String href = (caseRecords.contains(dataset.code()) ? "/evidence/case-records?dataset="
				: "/evidence/explore?dataset=") + dataset.code();
		return new SearchEntry("dataset:" + dataset.code(), Kind.DATASET, "en", dataset.title(), text, href, false);
	}

}
