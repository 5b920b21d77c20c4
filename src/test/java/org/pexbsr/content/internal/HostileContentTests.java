package org.pexbsr.content.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.pexbsr.Pages;
import org.pexbsr.PlatformTest;
import org.pexbsr.content.ContentLibrary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pexbsr.Pages.assertInert;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Markdown, titles and summaries written in the web editor, or in a study's file, with
 * scripts, event handlers, script links, frames, styles and SVG come out inert on every
 * page that shows them: the editor's own pages, the published HTML every module embeds,
 * and a study's page.
 */
@PlatformTest
class HostileContentTests {

	static final String MARKDOWN = """
			Opening paragraph.

			<script>window.hacked=1</script>

			<img src=x onerror="window.hacked=1">

			[a script link](javascript:window.hacked=1) and [another](JaVaScRiPt:window.hacked=1)

			<iframe src="https://example.org/"></iframe>

			<p style="position:fixed;top:0">styled</p>

			<svg onload="window.hacked=1"><circle r="4"/></svg>

			<a href="#" onclick="window.hacked=1">handler</a>

			Closing paragraph.
			""";

	static final String TITLE = "Title <script>window.hacked=1</script>\"><img src=x onerror=window.hacked=1>";

	private static final AtomicInteger DOCUMENTS = new AtomicInteger();

	private static final RequestPostProcessor EDITOR = SecurityMockMvcRequestPostProcessors.user("editor")
		.roles("EDITOR");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ContentLoader loader;

	@Autowired
	ContentLibrary library;

	@Autowired
	JdbcClient jdbc;

	@Test
	void keepsWhatAnEditorTypesInertFromTheFormToThePublishedText() {
		String slug = "hostile-" + DOCUMENTS.incrementAndGet();
		String document = "/content/editor/editor-test/en/" + slug;
		this.loader.load(List.of(ContentEditorContract.source("editor-test", slug, false, "Loaded text.")));

		assertThat(this.mvc.post()
			.uri(document + "/draft")
			.with(EDITOR)
			.with(csrf())
			.param("title", TITLE)
			.param("summary", TITLE)
			.param("body", MARKDOWN)
			.param("changeNote", TITLE)).hasRedirectedUrl(document);
		Document form = Pages.parse(this.mvc.get().uri(document).with(EDITOR));
		assertInert(form, "the editor's form");
		assertThat(form.selectFirst("#body").text()).contains("<script>window.hacked=1</script>");
		assertThat(form.select("input[name=title]").val()).isEqualTo(TITLE);
		this.mvc.post().uri(document + "/submit").with(EDITOR).with(csrf()).exchange();
		this.mvc.post().uri(document + "/publish").with(EDITOR).with(csrf()).exchange();

		Document list = Pages.parse(this.mvc.get().uri("/content/editor").with(EDITOR));
		assertInert(list, "the editor's list");
		assertThat(list.text()).contains(TITLE);
		Document published = Jsoup
			.parse(this.library.published("editor-test", slug, Locale.ENGLISH).orElseThrow().html());
		assertInert(published, "the published text");
		assertThat(published.text()).contains("Opening paragraph.", "Closing paragraph.", "a script link");
		assertInert(Pages.parse(this.mvc.get().uri(document).with(EDITOR)), "the editor's form after publishing");
	}

	@Test
	void showsAHostileStudyInertOnTheEvidencePages() {
		String slug = "hostile-study-" + DOCUMENTS.incrementAndGet();
		String text = "---\ntitle: '" + TITLE.replace("'", "''") + "'\nsummary: '" + TITLE.replace("'", "''")
				+ "'\nsources:\n  - title: '" + TITLE.replace("'", "''") + "'\n    url: https://example.org/\n---\n"
				+ MARKDOWN;
		this.loader.load(List.of(SourceDocumentParser.parse("studies", "en", "studies/en/" + slug + ".md",
				text.getBytes(StandardCharsets.UTF_8))));
		try {
			Document study = Pages.parse(this.mvc.get().uri("/evidence/studies/" + slug));
			assertInert(study, "the study");
			assertThat(study.selectFirst("h1").text()).isEqualTo(TITLE);
			assertThat(study.text()).contains("Opening paragraph.", "Closing paragraph.");
			Document studies = Pages.parse(this.mvc.get().uri("/evidence/studies"));
			assertInert(studies, "the list of studies");
			assertThat(studies.text()).contains(TITLE);
		}
		finally {
			removeStudy(slug);
		}
	}

	/** The studies list is shared by every test; this one leaves it as it found it. */
	private void removeStudy(String slug) {
		List<Long> ids = this.jdbc.sql("select id from content_document where collection = 'studies' and slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.list();
		for (long id : ids) {
			this.jdbc.sql("delete from content_version where document_id = :id").param("id", id).update();
			this.jdbc.sql("delete from content_document where id = :id").param("id", id).update();
		}
	}

}
