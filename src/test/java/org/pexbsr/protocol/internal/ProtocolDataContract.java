package org.pexbsr.protocol.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pexbsr.content.RepositoryFile;
import org.pexbsr.protocol.internal.Edition.Change;
import org.pexbsr.protocol.internal.ProtocolFileStore.FileVersion;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The protocol's tables: every structured file loaded as a version, a new version only
 * when a file changes, the change list of a law record worked out from its stored
 * versions, and the versions of an edition. Runs on H2 and on PostgreSQL.
 */
abstract class ProtocolDataContract {

	@Autowired
	ProtocolFileStore store;

	@Autowired
	EditionChanges changes;

	@Autowired
	EditionReleases releases;

	@Autowired
	ProtocolCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesEveryLoadedFileAsAPublishedVersion() {
		for (Jurisdiction jurisdiction : this.catalogue.files().jurisdictions()) {
			assertThat(this.jdbc.sql("""
					select v.status from protocol_file_version v join protocol_file f on f.id = v.file_id
					where f.path = :path and v.version_no = :version""")
				.param("path", jurisdiction.file())
				.param("version", this.catalogue.version(jurisdiction.file()).version())
				.query(String.class)
				.single()).as(jurisdiction.file()).isEqualTo("PUBLISHED");
		}
	}

	@Test
	void storesANewVersionOnlyWhenTheFileChangesAndSaysWhatChanged() {
		String id = "test-" + letters();
		String path = "protocol/checklists/" + id + ".yaml";

		FileVersion first = store(path, checklist(id, "first-" + id));
		FileVersion same = store(path, checklist(id, "first-" + id));
		FileVersion changed = store(path, checklist(id, "second-" + id));

		assertThat(first.version()).isEqualTo(1);
		assertThat(same.version()).isEqualTo(1);
		assertThat(changed.version()).isEqualTo(2);
		assertThat(this.jdbc.sql("""
				select v.status from protocol_file_version v join protocol_file f on f.id = v.file_id
				where f.path = :path order by v.version_no""").param("path", path).query(String.class).list())
			.containsExactly("SUPERSEDED", "PUBLISHED");
		List<Change> changes = this.changes.between(Map.of("checklist:" + id, "1"), Map.of("checklist:" + id, "2"),
				Map.of("checklist:" + id, path));
		assertThat(changes).singleElement().satisfies((change) -> {
			assertThat(change.kind()).isEqualTo("checklist");
			assertThat(change.from()).isEqualTo(1);
			assertThat(change.to()).isEqualTo(2);
			assertThat(change.details()).containsExactly("item second-" + id + ": added",
					"item first-" + id + ": removed");
		});
	}

	@Test
	void keepsTheVersionsOfAnEditionNewestFirst() {
		String country = "Z" + letters().substring(0, 2).toUpperCase();
		Change change = new Change("law", country, 1, 2, false, List.of("zz-offence: penalty changed"));

		this.releases.insert(country, "en", 1, "first", Map.of("law:ZZ", "1"), List.of(), Instant.now());
		this.releases.insert(country, "en", 2, "second", Map.of("law:ZZ", "2"), List.of(change), Instant.now());

		assertThat(this.releases.find(country, "en", "first")).hasValueSatisfying((stored) -> {
			assertThat(stored.version()).isEqualTo(1);
			assertThat(stored.parts()).containsEntry("law:ZZ", "1");
		});
		assertThat(this.releases.latest(country, "en")).hasValueSatisfying((stored) -> {
			assertThat(stored.version()).isEqualTo(2);
			assertThat(stored.release().changes()).containsExactly(change);
		});
		assertThat(this.releases.all(country, "en")).extracting(EditionReleases.Stored::version).containsExactly(2, 1);
	}

	private FileVersion store(String path, String text) {
		return this.store
			.store(List.of(new RepositoryFile(path, text.getBytes(StandardCharsets.UTF_8), 0)), Instant.now())
			.get(path);
	}

	private static String letters() {
		return UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "zz";
	}

	private static String checklist(String id, String item) {
		return """
				id: %s
				title: Test
				chapter: after-identification
				restricted: false
				sections:
				  - title: Test
				    items:
				      - id: %s
				        text: Test item.
				""".formatted(id, item);
	}

}
