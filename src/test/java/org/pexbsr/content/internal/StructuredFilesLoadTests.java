package org.pexbsr.content.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.pexbsr.PlatformTest;
import org.pexbsr.content.ContentFileRejected;
import org.pexbsr.content.ContentLibrary;
import org.pexbsr.content.RepositoryDocument;
import org.pexbsr.content.RepositoryFile;
import org.pexbsr.content.RepositoryFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Markdown documents and the modules' structured files load in one transaction: a
 * broken structured file refuses the whole load, names the file and the field, and leaves
 * nothing of it behind.
 */
@PlatformTest
class StructuredFilesLoadTests {

	@Autowired
	ContentLoader loader;

	@Autowired
	ContentLibrary library;

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusesTheWholeLoadForOneBrokenLawRecord() {
		SourceDocument document = ContentEditorContract.source("load-test", "alongside", false, "Loaded alongside.");
		RepositoryFile broken = new RepositoryFile("protocol/law/pl.yaml", """
				code: PL
				name: Poland
				national_language: pl
				provisions:
				  - id: pl-kk-189a
				    short_citation: art. 189a KK
				    title: Handel ludźmi
				    kind: trafficking
				    summary: Makes trafficking punishable.
				    elements:
				      act: [recruits]
				    penalty: imprisonment of at least 3 years
				    sources:
				      - title: Kodeks karny
				        url: https://isap.sejm.gov.pl/
				        checked: 2026-12-03
				    verified: true
				""".getBytes(StandardCharsets.UTF_8), 0);
		long versions = count("content_version");
		long files = count("protocol_file_version");

		assertThatExceptionOfType(ContentFileRejected.class)
			.isThrownBy(() -> this.loader.load(List.of(document), files(broken)))
			.withMessage("Content file protocol/law/pl.yaml cannot be loaded: provisions[0].citation: is missing; "
					+ "it is required")
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("provisions[0].citation"));

		assertThat(this.library.published("load-test", "alongside", Locale.ENGLISH)).isEmpty();
		assertThat(count("content_version")).isEqualTo(versions);
		assertThat(count("protocol_file_version")).isEqualTo(files);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static RepositoryFiles files(RepositoryFile file) {
		return new RepositoryFiles() {
			@Override
			public List<RepositoryDocument> documents(String collection) {
				return List.of();
			}

			@Override
			public List<RepositoryFile> files(String collection) {
				return file.path().startsWith(collection + "/") ? List.of(file) : List.of();
			}
		};
	}

}
