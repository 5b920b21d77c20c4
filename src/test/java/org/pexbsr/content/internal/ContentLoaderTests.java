package org.pexbsr.content.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.pexbsr.PlatformTest;
import org.pexbsr.content.ContentLibrary;
import org.pexbsr.content.ContentPublished;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading {@code content/} at start: a file becomes a published version once, and again
 * only when it changes.
 */
@PlatformTest
class ContentLoaderTests {

	@Autowired
	ContentLoader loader;

	@Autowired
	ContentLibrary library;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsTheRepositoryContentAtStart() {
		assertThat(this.library.published("protocol", "legal-framework", Locale.ENGLISH))
			.hasValueSatisfying((chapter) -> {
				assertThat(chapter.title()).isEqualTo("Legal framework");
				assertThat(chapter.frontMatter()).containsKey("sources");
			});
	}

	@Test
	void writesNothingWhenTheFilesAreUnchanged() throws Exception {
		long before = versions();

		this.loader.loadRepositoryContent();

		assertThat(versions()).isEqualTo(before);
	}

	@Test
	void publishesAChangedFileAsANewVersionAndSupersedesTheOld() {
		List<ContentPublished> first = this.loader.load(List.of(source("First text.")));
		List<ContentPublished> again = this.loader.load(List.of(source("First text.")));
		List<ContentPublished> changed = this.loader.load(List.of(source("Second text.")));

		assertThat(first).extracting(ContentPublished::version).containsExactly(1);
		assertThat(again).isEmpty();
		assertThat(changed).extracting(ContentPublished::version).containsExactly(2);
		assertThat(this.library.published("loader-test", "sample", Locale.ENGLISH)).hasValueSatisfying((document) -> {
			assertThat(document.summary().version()).isEqualTo(2);
			assertThat(document.html()).contains("Second text.");
		});
		assertThat(this.jdbc.sql("""
				select v.status from content_version v join content_document d on d.id = v.document_id
				where d.collection = 'loader-test' order by v.version_no""").query(String.class).list())
			.containsExactly("SUPERSEDED", "PUBLISHED");
	}

	private long versions() {
		return this.jdbc.sql("select count(*) from content_version").query(Long.class).single();
	}

	private static SourceDocument source(String body) {
		String text = "---\ntitle: Sample\n---\n" + body + "\n";
		return SourceDocumentParser.parse("loader-test", "en", "loader-test/en/sample.md",
				text.getBytes(StandardCharsets.UTF_8));
	}

}
