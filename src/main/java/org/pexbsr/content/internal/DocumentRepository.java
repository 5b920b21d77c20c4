package org.pexbsr.content.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.pexbsr.content.DocumentSummary;
import org.pexbsr.content.DocumentVersion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Documents and their versions in the {@code content_} tables.
 */
@Repository
class DocumentRepository {

	private static final String PUBLISHED = """
			select d.collection, d.slug, d.lang, d.restricted, v.id as version_id, v.version_no, v.title, v.summary,
			       v.position, v.published_at, v.body_markdown, v.front_matter
			from content_document d
			join content_version v on v.document_id = d.id and v.status = 'PUBLISHED'
			""";

	private final JdbcClient jdbc;

	DocumentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredVersion> findPublished(String collection, String slug, String lang) {
		return this.jdbc.sql(PUBLISHED + " where d.collection = :collection and d.slug = :slug and d.lang = :lang")
			.param("collection", collection)
			.param("slug", slug)
			.param("lang", lang)
			.query(DocumentRepository::storedVersion)
			.optional();
	}

	List<StoredVersion> findPublished(String collection) {
		return this.jdbc.sql(PUBLISHED + " where d.collection = :collection order by v.position, d.slug, d.lang")
			.param("collection", collection)
			.query(DocumentRepository::storedVersion)
			.list();
	}

	Optional<Long> findDocumentId(String collection, String slug, String lang) {
		return this.jdbc
			.sql("select id from content_document where collection = :collection and slug = :slug and lang = :lang")
			.param("collection", collection)
			.param("slug", slug)
			.param("lang", lang)
			.query(Long.class)
			.optional();
	}

	/**
	 * The hash of the file that the newest version loaded from the repository came from.
	 */
	Optional<String> latestRepositoryHash(long documentId) {
		return this.jdbc.sql("""
				select source_hash from content_version
				where document_id = :id and created_by = :repository
				order by version_no desc fetch first 1 rows only""")
			.param("id", documentId)
			.param("repository", ContentLoader.REPOSITORY_AUTHOR)
			.query(String.class)
			.optional();
	}

	long createDocument(SourceDocument source, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into content_document (collection, slug, lang, restricted, created_at)
				values (:collection, :slug, :lang, :restricted, :now)""")
			.param("collection", source.collection())
			.param("slug", source.slug())
			.param("lang", source.lang())
			.param("restricted", source.restricted())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * Publishes a new version of a document; the version published before it becomes
	 * superseded.
	 */
	int publishNewVersion(long documentId, SourceDocument source, String author, Instant now) {
		int next = this.jdbc.sql("select coalesce(max(version_no), 0) + 1 from content_version where document_id = :id")
			.param("id", documentId)
			.query(Integer.class)
			.single();
		this.jdbc
			.sql("update content_version set status = 'SUPERSEDED' where document_id = :id and status = 'PUBLISHED'")
			.param("id", documentId)
			.update();
		this.jdbc.sql("update content_document set restricted = :restricted where id = :id")
			.param("restricted", source.restricted())
			.param("id", documentId)
			.update();
		this.jdbc.sql("""
				insert into content_version (document_id, version_no, title, summary, position, front_matter,
				                             body_markdown, source_hash, status, created_by, created_at, published_at)
				values (:id, :version, :title, :summary, :position, :frontMatter, :body, :hash, 'PUBLISHED', :author,
				        :now, :now)""")
			.param("id", documentId)
			.param("version", next)
			.param("title", source.title())
			.param("summary", source.summary())
			.param("position", source.position())
			.param("frontMatter", source.frontMatterYaml())
			.param("body", source.body())
			.param("hash", source.hash())
			.param("author", author)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		return next;
	}

	List<DocumentVersion> history(String collection, String slug, String lang) {
		return this.jdbc.sql("""
				select v.version_no, v.status, v.title, v.created_by, v.created_at, v.published_at, v.published_by,
				       v.change_note
				from content_version v join content_document d on d.id = v.document_id
				where d.collection = :collection and d.slug = :slug and d.lang = :lang
				order by v.version_no""")
			.param("collection", collection)
			.param("slug", slug)
			.param("lang", lang)
			.query((rs, row) -> new DocumentVersion(rs.getInt("version_no"), rs.getString("status"),
					rs.getString("title"), rs.getString("created_by"), instant(rs, "created_at"),
					instant(rs, "published_at"), rs.getString("published_by"), rs.getString("change_note")))
			.list();
	}

	/**
	 * Every document with its published version and the status of an open draft, if any.
	 */
	List<EditableDocument> editableDocuments() {
		return this.jdbc.sql("""
				select d.id, d.collection, d.slug, d.lang, d.restricted, p.version_no, p.title,
				       o.version_no as open_version, o.status as open_status
				from content_document d
				left join content_version p on p.document_id = d.id and p.status = 'PUBLISHED'
				left join content_version o on o.document_id = d.id and o.status in ('DRAFT', 'IN_REVIEW')
				order by d.collection, p.position, d.slug, d.lang""")
			.query((rs, row) -> new EditableDocument(rs.getLong("id"), rs.getString("collection"), rs.getString("slug"),
					rs.getString("lang"), rs.getBoolean("restricted"), (Integer) rs.getObject("version_no"),
					rs.getString("title"), (Integer) rs.getObject("open_version"), rs.getString("open_status")))
			.list();
	}

	Optional<EditableDocument> editableDocument(String collection, String slug, String lang) {
		return editableDocuments().stream()
			.filter((document) -> document.collection().equals(collection) && document.slug().equals(slug)
					&& document.lang().equals(lang))
			.findFirst();
	}

	/**
	 * The version an editor works on: the open draft or version in review, if there is
	 * one.
	 */
	Optional<EditedVersion> openVersion(long documentId) {
		return version(documentId, "v.status in ('DRAFT', 'IN_REVIEW')");
	}

	Optional<EditedVersion> publishedVersion(long documentId) {
		return version(documentId, "v.status = 'PUBLISHED'");
	}

	private Optional<EditedVersion> version(long documentId, String condition) {
		return this.jdbc
			.sql("""
					select v.id, v.version_no, v.status, v.title, v.summary, v.position, v.front_matter, v.body_markdown,
					       v.change_note, v.created_by
					from content_version v where v.document_id = :id"""
					+ " and " + condition + " order by v.version_no desc fetch first 1 rows only")
			.param("id", documentId)
			.query((rs, row) -> new EditedVersion(rs.getLong("id"), rs.getInt("version_no"), rs.getString("status"),
					rs.getString("title"), rs.getString("summary"), rs.getInt("position"), rs.getString("front_matter"),
					rs.getString("body_markdown"), rs.getString("change_note"), rs.getString("created_by")))
			.optional();
	}

	/** Writes a new version in status DRAFT, numbered after every version so far. */
	int createDraft(long documentId, EditedVersion base, Draft draft, String author, Instant now) {
		int next = this.jdbc.sql("select coalesce(max(version_no), 0) + 1 from content_version where document_id = :id")
			.param("id", documentId)
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				insert into content_version (document_id, version_no, title, summary, position, front_matter,
				                             body_markdown, source_hash, status, created_by, created_at, change_note)
				values (:id, :version, :title, :summary, :position, :frontMatter, :body, :hash, 'DRAFT', :author, :now,
				        :note)""")
			.param("id", documentId)
			.param("version", next)
			.param("title", draft.title())
			.param("summary", draft.summary())
			.param("position", base.position())
			.param("frontMatter", base.frontMatterYaml())
			.param("body", draft.body())
			.param("hash", SourceDocumentParser.sha256(draft.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.param("author", author)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("note", draft.changeNote())
			.update();
		return next;
	}

	void updateDraft(long versionId, Draft draft) {
		this.jdbc.sql("""
				update content_version set title = :title, summary = :summary, body_markdown = :body,
				       source_hash = :hash, change_note = :note
				where id = :id and status = 'DRAFT'""")
			.param("title", draft.title())
			.param("summary", draft.summary())
			.param("body", draft.body())
			.param("hash", SourceDocumentParser.sha256(draft.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.param("note", draft.changeNote())
			.param("id", versionId)
			.update();
	}

	void submitForReview(long versionId, String editor, Instant now) {
		this.jdbc.sql("""
				update content_version set status = 'IN_REVIEW', submitted_by = :editor, submitted_at = :now
				where id = :id and status = 'DRAFT'""")
			.param("editor", editor)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("id", versionId)
			.update();
	}

	/**
	 * Publishes a version in review; the version published before it becomes superseded.
	 */
	void publishReviewed(long documentId, long versionId, String editor, Instant now) {
		this.jdbc
			.sql("update content_version set status = 'SUPERSEDED' where document_id = :id and status = 'PUBLISHED'")
			.param("id", documentId)
			.update();
		this.jdbc.sql("""
				update content_version set status = 'PUBLISHED', published_by = :editor, published_at = :now
				where id = :id and status = 'IN_REVIEW'""")
			.param("editor", editor)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("id", versionId)
			.update();
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static StoredVersion storedVersion(ResultSet rs, int row) throws SQLException {
		DocumentSummary summary = new DocumentSummary(rs.getString("collection"), rs.getString("slug"),
				rs.getString("lang"), rs.getString("title"), rs.getString("summary"), rs.getInt("position"),
				rs.getBoolean("restricted"), rs.getInt("version_no"),
				rs.getObject("published_at", OffsetDateTime.class).toInstant());
		return new StoredVersion(rs.getLong("version_id"), summary, rs.getString("body_markdown"),
				rs.getString("front_matter"));
	}

	/**
	 * A published version as stored, before rendering.
	 *
	 * @param versionId the row's id, which never changes for the same text
	 */
	record StoredVersion(long versionId, DocumentSummary summary, String bodyMarkdown, String frontMatterYaml) {

	}

	/**
	 * A document as the editor's list shows it.
	 *
	 * @param publishedVersion the published version number, if one is published
	 * @param openVersion the number of the draft or version in review, if there is one
	 * @param openStatus its status
	 */
	record EditableDocument(long id, String collection, String slug, String lang, boolean restricted,
			@Nullable Integer publishedVersion, @Nullable String title, @Nullable Integer openVersion,
			@Nullable String openStatus) {

	}

	/** A version as the editor opens it. */
	record EditedVersion(long id, int versionNo, String status, String title, @Nullable String summary, int position,
			String frontMatterYaml, String body, @Nullable String changeNote, String author) {

	}

	/** What an editor wrote in the form. */
	record Draft(String title, @Nullable String summary, String body, String changeNote) {

	}

}
