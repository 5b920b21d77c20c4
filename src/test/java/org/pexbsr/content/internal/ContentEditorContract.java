package org.pexbsr.content.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pexbsr.Pages;
import org.pexbsr.content.ContentLibrary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The web editor: an editor saves a draft (a new version), sends it for review and
 * publishes it, which supersedes the version before; every step is audited, forms need
 * their CSRF token, mistakes come back by message, and only editors get in. Runs on H2
 * and on PostgreSQL.
 */
abstract class ContentEditorContract {

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

	/** Each test edits a document of its own, so that no test sees another's drafts. */
	private String slug;

	private String document;

	@BeforeEach
	void publishASampleDocument() {
		this.slug = "sample-" + DOCUMENTS.incrementAndGet();
		this.document = "/content/editor/editor-test/en/" + this.slug;
		this.loader.load(List.of(source("editor-test", this.slug, false, "The text as loaded from its file.")));
	}

	@Test
	void savesSubmitsAndPublishesANewVersion() {
		int published = publishedVersion();

		assertThat(saveDraft("The edited text.", "Reworded the opening")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(this.document);
		assertThat(status(published + 1)).isEqualTo("DRAFT");
		assertThat(this.library.published("editor-test", this.slug, Locale.ENGLISH).orElseThrow().html())
			.contains("as loaded from its file");

		assertThat(this.mvc.post().uri(this.document + "/submit").with(EDITOR).with(csrf()))
			.hasRedirectedUrl(this.document);
		assertThat(status(published + 1)).isEqualTo("IN_REVIEW");

		assertThat(this.mvc.post().uri(this.document + "/publish").with(EDITOR).with(csrf()))
			.hasRedirectedUrl(this.document);
		assertThat(status(published + 1)).isEqualTo("PUBLISHED");
		assertThat(status(published)).isEqualTo("SUPERSEDED");
		assertThat(this.library.published("editor-test", this.slug, Locale.ENGLISH).orElseThrow()).satisfies((doc) -> {
			assertThat(doc.html()).contains("The edited text.");
			assertThat(doc.summary().version()).isEqualTo(published + 1);
		});
		assertThat(audited("editor-test/en/" + this.slug)).contains("content.draft.saved", "content.draft.submitted",
				"content.version.published");
	}

	@Test
	void keepsTheEditorsVersionUntilTheRepositoryFileChanges() {
		saveDraft("Edited on the web.", "Web edit");
		this.mvc.post().uri(this.document + "/submit").with(EDITOR).with(csrf()).exchange();
		this.mvc.post().uri(this.document + "/publish").with(EDITOR).with(csrf()).exchange();

		this.loader.load(List.of(source("editor-test", this.slug, false, "The text as loaded from its file.")));
		assertThat(html()).contains("Edited on the web.");

		this.loader.load(List.of(source("editor-test", this.slug, false, "A new release of the file.")));
		assertThat(html()).contains("A new release of the file.");
	}

	@Test
	void showsTheFormWithTheHistory() {
		Document page = Pages.parse(this.mvc.get().uri(this.document).with(EDITOR));

		assertThat(page.selectFirst("#body").text()).contains("as loaded from its file");
		assertThat(page.select("#history tbody tr")).isNotEmpty();
		assertThat(page.selectFirst("#draft-form input[name=_csrf]")).isNotNull();
	}

	@Test
	void returnsTheFormWithMessagesForMistakes() {
		MvcTestResult result = this.mvc.post()
			.uri(this.document + "/draft")
			.with(EDITOR)
			.with(csrf())
			.param("title", " ")
			.param("body", "Text")
			.param("changeNote", "")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(Pages.parse(result).select(".error-summary li").eachText()).contains("Enter a title.",
				"Say in one sentence what changed.");
	}

	@Test
	void refusesAFormWithoutItsTokenAndSaysThePageExpired() {
		assertThat(this.mvc.post()
			.uri(this.document + "/draft")
			.with(EDITOR)
			.header("Referer", "http://localhost" + this.document)
			.param("title", "T")
			.param("body", "B")
			.param("changeNote", "N")).hasRedirectedUrl(this.document + "?expired");
	}

	@Test
	void letsOnlyEditorsIn() {
		assertThat(this.mvc.get().uri("/content/editor")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get()
			.uri("/content/editor")
			.with(SecurityMockMvcRequestPostProcessors.user("investigator").roles("INVESTIGATOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri(this.document + "/publish")
			.with(SecurityMockMvcRequestPostProcessors.user("learner").roles("LEARNER"))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/content/editor").with(EDITOR)).hasStatusOk();
	}

	@Test
	void opensARestrictedDocumentOnlyForAnEditorWhoMayReadIt() {
		this.loader.load(List.of(source("editor-test", "restricted-sample", true, "Restricted words.")));

		assertThat(this.mvc.get().uri("/content/editor/editor-test/en/restricted-sample").with(EDITOR))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get()
			.uri("/content/editor/editor-test/en/restricted-sample")
			.with(SecurityMockMvcRequestPostProcessors.user("editor").roles("EDITOR", "INVESTIGATOR"))).hasStatusOk();
	}

	@Test
	void answersAnUnknownDocumentWithNotFound() {
		assertThat(this.mvc.get().uri("/content/editor/editor-test/en/no-such").with(EDITOR))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	private MvcTestResult saveDraft(String body, String note) {
		return this.mvc.post()
			.uri(this.document + "/draft")
			.with(EDITOR)
			.with(csrf())
			.param("title", "Sample")
			.param("body", body)
			.param("changeNote", note)
			.exchange();
	}

	private String html() {
		return this.library.published("editor-test", this.slug, Locale.ENGLISH).orElseThrow().html();
	}

	private int publishedVersion() {
		return this.library.published("editor-test", this.slug, Locale.ENGLISH).orElseThrow().summary().version();
	}

	private String status(int version) {
		return this.library.history("editor-test", this.slug, "en")
			.stream()
			.filter((candidate) -> candidate.version() == version)
			.findFirst()
			.orElseThrow()
			.status();
	}

	private List<String> audited(String target) {
		return this.jdbc.sql("select action from identity_audit_record where target = :target order by id")
			.param("target", target)
			.query(String.class)
			.list();
	}

	static SourceDocument source(String collection, String slug, boolean restricted, String body) {
		String text = "---\ntitle: Sample\nrestricted: " + restricted + "\n---\n" + body + "\n";
		return SourceDocumentParser.parse(collection, "en", collection + "/en/" + slug + ".md",
				text.getBytes(StandardCharsets.UTF_8));
	}

}
