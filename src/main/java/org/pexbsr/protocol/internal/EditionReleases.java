package org.pexbsr.protocol.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pexbsr.protocol.internal.Edition.Change;
import org.pexbsr.protocol.internal.Edition.Release;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The versions of each national edition in {@code protocol_edition_release}.
 */
@Repository
class EditionReleases {

	private static final TypeReference<Map<String, String>> PARTS = new TypeReference<>() {
	};

	private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	EditionReleases(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<Stored> find(String country, String lang, String fingerprint) {
		return query("where country = :country and lang = :lang and fingerprint = :fingerprint", country, lang,
				fingerprint)
			.stream()
			.findFirst();
	}

	Optional<Stored> latest(String country, String lang) {
		return all(country, lang).stream().findFirst();
	}

	/** Newest first. */
	List<Stored> all(String country, String lang) {
		return query("where country = :country and lang = :lang", country, lang, "");
	}

	void insert(String country, String lang, int version, String fingerprint, Map<String, String> parts,
			List<Change> changes, Instant now) {
		this.jdbc.sql("""
				insert into protocol_edition_release (country, lang, version_no, fingerprint, parts, changes,
				                                      released_at)
				values (:country, :lang, :version, :fingerprint, :parts, :changes, :now)""")
			.param("country", country)
			.param("lang", lang)
			.param("version", version)
			.param("fingerprint", fingerprint)
			.param("parts", this.json.writeValueAsString(parts))
			.param("changes", this.json.writeValueAsString(changes))
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	private List<Stored> query(String condition, String country, String lang, String fingerprint) {
		return this.jdbc
			.sql("select version_no, fingerprint, parts, changes, released_at from " + "protocol_edition_release "
					+ condition + " order by version_no desc")
			.param("country", country)
			.param("lang", lang)
			.param("fingerprint", fingerprint)
			.query((rs, row) -> new Stored(rs.getInt("version_no"), rs.getString("fingerprint"),
					this.json.readValue(rs.getString("parts"), PARTS),
					new Release(rs.getInt("version_no"), rs.getObject("released_at", OffsetDateTime.class).toInstant(),
							this.json.readValue(rs.getString("changes"), CHANGES))))
			.list();
	}

	/**
	 * A stored version with the parts it was made of, such as
	 * {@code chapter:legal-framework → en:3}.
	 */
	record Stored(int version, String fingerprint, Map<String, String> parts, Release release) {

	}

}
