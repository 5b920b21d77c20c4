package org.pexbsr.protocol.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.pexbsr.content.RepositoryFile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The structured files and their versions in the {@code protocol_file} tables.
 */
@Repository
class ProtocolFileStore {

	private final JdbcClient jdbc;

	ProtocolFileStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores each file whose text changed since its last version as a new version, and
	 * answers every file's current version.
	 */
	Map<String, FileVersion> store(Iterable<RepositoryFile> files, Instant now) {
		Map<String, FileVersion> versions = new LinkedHashMap<>();
		for (RepositoryFile file : files) {
			long id = fileId(file.path()).orElseGet(() -> createFile(file.path(), kind(file), now));
			String hash = sha256(file.text());
			FileVersion latest = latest(id).orElse(null);
			if (latest != null && latest.sha256().equals(hash)) {
				versions.put(file.path(), latest);
				continue;
			}
			versions.put(file.path(), publish(id, (latest != null) ? latest.version() + 1 : 1, hash, file.text(), now));
		}
		return versions;
	}

	/** The text of one version of a file, to compare it with another. */
	Optional<String> body(String path, int version) {
		return this.jdbc.sql("""
				select v.body from protocol_file_version v join protocol_file f on f.id = v.file_id
				where f.path = :path and v.version_no = :version""")
			.param("path", path)
			.param("version", version)
			.query(String.class)
			.optional();
	}

	private Optional<Long> fileId(String path) {
		return this.jdbc.sql("select id from protocol_file where path = :path")
			.param("path", path)
			.query(Long.class)
			.optional();
	}

	private long createFile(String path, String kind, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into protocol_file (path, kind, created_at) values (:path, :kind, :now)")
			.param("path", path)
			.param("kind", kind)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	private Optional<FileVersion> latest(long fileId) {
		return this.jdbc.sql("""
				select version_no, sha256, loaded_at from protocol_file_version where file_id = :id
				order by version_no desc fetch first 1 rows only""")
			.param("id", fileId)
			.query((rs, row) -> new FileVersion(rs.getInt("version_no"), rs.getString("sha256"),
					rs.getObject("loaded_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	private FileVersion publish(long fileId, int version, String hash, String body, Instant now) {
		this.jdbc.sql("update protocol_file_version set status = 'SUPERSEDED' where file_id = :id")
			.param("id", fileId)
			.update();
		this.jdbc.sql("""
				insert into protocol_file_version (file_id, version_no, sha256, body, loaded_at, status)
				values (:id, :version, :hash, :body, :now, 'PUBLISHED')""")
			.param("id", fileId)
			.param("version", version)
			.param("hash", hash)
			.param("body", body)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		return new FileVersion(version, hash, now);
	}

	private static String kind(RepositoryFile file) {
		if (ProtocolFileParser.isLaw(file)) {
			return "law";
		}
		return ProtocolFileParser.isIndicators(file) ? "indicators" : "checklist";
	}

	static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * One version of a file.
	 *
	 * @param version its number, counting from 1
	 * @param sha256 the hash of its text
	 * @param loadedAt when it was loaded
	 */
	record FileVersion(int version, String sha256, Instant loadedAt) {

	}

}
