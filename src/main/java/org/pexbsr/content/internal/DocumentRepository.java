package org.pexbsr.content.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.pexbsr.content.DocumentSummary;

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

}
