package org.pexbsr.protocol.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pexbsr.content.ContentFileRejected;
import org.pexbsr.content.RepositoryDocument;
import org.pexbsr.content.RepositoryFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Holds every file under {@code content/protocol/} to {@code content/protocol/FORMAT.md},
 * so that a writer's mistake fails the build with the file and the field named; and shows
 * that each kind of mistake is refused with a message that says how to fix it.
 */
class ProtocolFilesTests {

	@Test
	void keepsEveryRepositoryFileToTheFormat() {
		List<RepositoryFile> files = ProtocolContentFiles.structured(ProtocolContentFiles.REPOSITORY, 0);
		List<RepositoryDocument> chapters = ProtocolContentFiles.chapters(ProtocolContentFiles.REPOSITORY);

		List<String> problems = ProtocolFilesReader.problems(files, chapters)
			.stream()
			.map(ContentFileRejected::getMessage)
			.toList();

		assertThat(chapters).as("chapters in content/protocol/en").isNotEmpty();
		assertThat(problems).as("problems in content/protocol/ (see content/protocol/FORMAT.md)").isEmpty();
	}

	@Test
	void pointsEveryLinkBetweenChaptersAtAnAnchorThatExists() {
		List<RepositoryDocument> chapters = ProtocolContentFiles.chapters(ProtocolContentFiles.REPOSITORY);
		ProtocolFiles files = ProtocolFilesReader
			.read(ProtocolContentFiles.structured(ProtocolContentFiles.REPOSITORY, 0), chapters);
		Map<String, java.util.Set<String>> anchors = new java.util.HashMap<>();
		for (RepositoryDocument chapter : chapters) {
			anchors.put(chapter.slug(), headingAnchors(chapter.body()));
		}
		files.indicators()
			.indicators()
			.forEach((indicator) -> anchors.computeIfAbsent(Chapters.INDICATORS, (slug) -> new java.util.HashSet<>())
				.add(indicator.id()));
		List<String> broken = new java.util.ArrayList<>();
		int links = 0;
		for (RepositoryDocument chapter : chapters) {
			java.util.regex.Matcher link = LINK.matcher(chapter.body());
			while (link.find()) {
				links++;
				String problem = brokenLink(link.group(1), link.group(2), anchors, files);
				if (problem != null) {
					broken.add(chapter.path() + ": " + link.group() + " " + problem);
				}
			}
		}

		assertThat(links).as("links between chapters").isPositive();
		assertThat(broken).as("links in content/protocol/ that lead nowhere").isEmpty();
	}

	private static final java.util.regex.Pattern LINK = java.util.regex.Pattern
		.compile("\\]\\(/protocol/([a-z0-9/-]+)(?:#([^)\\s]+))?\\)");

	private static String brokenLink(String path, String anchor, Map<String, java.util.Set<String>> anchors,
			ProtocolFiles files) {
		if (path.startsWith("checklists/")) {
			Checklist checklist = files.checklist(path.substring("checklists/".length())).orElse(null);
			if (checklist == null) {
				return "(no such checklist)";
			}
			boolean found = anchor == null || checklist.items().anyMatch((item) -> item.id().equals(anchor));
			return found ? null : "(no such item)";
		}
		if (path.equals("compare") || path.startsWith("editions")) {
			return null;
		}
		if (!anchors.containsKey(path)) {
			return "(no such chapter)";
		}
		return (anchor == null || anchors.get(path).contains(anchor)) ? null : "(no such heading or indicator)";
	}

	/**
	 * The anchors the renderer gives the headings: commonmark's ids from the heading
	 * text.
	 */
	private static java.util.Set<String> headingAnchors(String markdown) {
		org.commonmark.node.Node document = org.commonmark.parser.Parser.builder().build().parse(markdown);
		org.commonmark.ext.heading.anchor.IdGenerator ids = org.commonmark.ext.heading.anchor.IdGenerator.builder()
			.build();
		java.util.Set<String> anchors = new java.util.HashSet<>();
		document.accept(new org.commonmark.node.AbstractVisitor() {
			@Override
			public void visit(org.commonmark.node.Heading heading) {
				StringBuilder text = new StringBuilder();
				heading.accept(new org.commonmark.node.AbstractVisitor() {
					@Override
					public void visit(org.commonmark.node.Text literal) {
						text.append(literal.getLiteral());
					}

					@Override
					public void visit(org.commonmark.node.Code code) {
						text.append(code.getLiteral());
					}
				});
				anchors.add(ids.generateId(text.toString().strip()));
			}
		});
		return anchors;
	}

	@Test
	void readsALawRecordWithItsElementsAgeAndSources() {
		Jurisdiction poland = ProtocolFileParser.jurisdiction(file("protocol/law/pl.yaml", POLAND));

		assertThat(poland.code()).isEqualTo("PL");
		assertThat(poland.provisions()).singleElement().satisfies((provision) -> {
			assertThat(provision.shortCitation()).isEqualTo("art. 189a § 1 KK");
			assertThat(provision.elements().act()).containsExactly("recruits", "transports");
			assertThat(provision.childWithoutMeansUnder()).isEqualTo(18);
			assertThat(provision.sources()).singleElement()
				.satisfies((source) -> assertThat(source.checked()).hasToString("2026-12-03"));
			assertThat(provision.verified()).isTrue();
		});
	}

	@Test
	void saysWhichProvisionsAndFieldsChangedBetweenTwoVersionsOfARecord() {
		Jurisdiction before = ProtocolFileParser.jurisdiction(file("protocol/law/pl.yaml", POLAND));
		Jurisdiction after = ProtocolFileParser.jurisdiction(file("protocol/law/pl.yaml",
				POLAND.replace("at least 3 years", "10 to 15 years").replace("under: 18", "under: 21")));

		assertThat(EditionChanges.lawDetails(before, after))
			.containsExactly("pl-kk-189a: child_without_means_under, penalty changed");
	}

	@Test
	void keepsNorwaysCodeAsText() {
		String norway = POLAND.replace("code: PL", "code: NO")
			.replace("national_language: pl", "national_language: no");

		assertThat(ProtocolFileParser.jurisdiction(file("protocol/law/no.yaml", norway)).code()).isEqualTo("NO");
	}

	@Test
	void refusesAMissingCitationNamingTheField() {
		assertRejected("protocol/law/pl.yaml", POLAND.replace("    citation: Kodeks karny, art. 189a § 1\n", ""),
				"Content file protocol/law/pl.yaml cannot be loaded: provisions[0].citation: is missing; "
						+ "it is required");
	}

	@Test
	void refusesAnAgeThatIsNotANumber() {
		assertRejected("protocol/law/pl.yaml", POLAND.replace("under: 18", "under: eighteen"),
				"provisions[0].child_without_means_under: must be a whole number from 1 to 25 or null, not 'eighteen'");
	}

	@Test
	void refusesAnUnverifiedStatementWithoutANote() {
		assertRejected("protocol/law/pl.yaml", POLAND.replace("verified: true", "verified: false"),
				"provisions[0].verification_note: is missing");
	}

	@Test
	void refusesAMisspeltField() {
		assertRejected("protocol/law/pl.yaml", POLAND.replace("penalty:", "penalti:"),
				"provisions[0].penalti: is not a field of this record");
	}

	@Test
	void refusesADateThatIsNoDate() {
		assertRejected("protocol/law/pl.yaml", POLAND.replace("checked: 2026-12-03", "checked: last week"),
				"provisions[0].sources[0].checked: must be a date written as YYYY-MM-DD, not 'last week'");
	}

	@Test
	void refusesAFileNamedForAnotherCountry() {
		assertRejected("protocol/law/de.yaml", POLAND, "code: is 'PL', but the file is named de.yaml");
	}

	@Test
	void refusesBrokenYamlWithItsLine() {
		assertRejected("protocol/law/pl.yaml", "code: PL\nname: [Poland\n", "it is not valid YAML (line");
	}

	@Test
	void refusesAnUnrestrictedChecklistOfARestrictedChapter() {
		assertRejected("protocol/checklists/raid.yaml", """
				id: raid
				title: Raid
				chapter: planning-an-inspection
				restricted: false
				sections:
				  - title: Before
				    items:
				      - id: raid-before
				        text: Plan.
				""", "restricted: is false, but the chapter planning-an-inspection is restricted");
	}

	@Test
	void refusesAChapterThatMustBeRestrictedButIsNot() {
		RepositoryDocument chapter = new RepositoryDocument("protocol/en/07-financial-investigation.md", "en",
				"financial-investigation", 7, false, Map.of("checked", "2026-12-03"), "Text.");

		assertThat(ProtocolFilesReader.problems(List.of(), List.of(chapter)))
			.extracting(ContentFileRejected::getMessage)
			.containsExactly("Content file protocol/en/07-financial-investigation.md cannot be loaded: restricted: "
					+ "must be true for the chapter financial-investigation (content/protocol/FORMAT.md)");
	}

	@Test
	void refusesACitationOfASourceTheChapterDoesNotList() {
		RepositoryDocument chapter = new RepositoryDocument("protocol/en/01-legal-framework.md", "en",
				"legal-framework", 1, false,
				Map.of("checked", "2026-12-03", "sources", List.of(Map.of("id", "palermo", "title", "P", "url", "u"))),
				"As the Protocol says [palermo], and the Directive [directive]. A [link](/protocol/x) is no citation.");

		assertThat(ProtocolFilesReader.problems(List.of(), List.of(chapter)))
			.extracting(ContentFileRejected::getMessage)
			.containsExactly("Content file protocol/en/01-legal-framework.md cannot be loaded: sources: the text "
					+ "cites [directive], but no source has that id");
	}

	@Test
	void refusesACrossReferenceToAnItemThatDoesNotExist() {
		RepositoryFile indicators = file("protocol/indicators.yaml", """
				sources:
				  - id: ilo-ec-2009
				    title: ILO/EC
				lists:
				  - id: adults-sexual
				    title: Adults
				dimensions:
				  - id: deceptive-recruitment
				indicators:
				  - id: deceived
				    list: adults-sexual
				    dimension: deceptive-recruitment
				    text: Deceived
				    proves: means
				    means: deception
				    checklist_items: [no-such-item]
				    source: ilo-ec-2009
				""");

		assertThat(ProtocolFilesReader.problems(List.of(indicators), List.of()))
			.extracting(ContentFileRejected::getMessage)
			.containsExactly("Content file protocol/indicators.yaml cannot be loaded: indicators[0].checklist_items: "
					+ "names 'no-such-item', which is no item of any checklist");
	}

	@Test
	void refusesTheSameProvisionIdInTwoFiles() {
		RepositoryFile poland = file("protocol/law/pl.yaml", POLAND);
		RepositoryFile germany = file("protocol/law/de.yaml",
				POLAND.replace("code: PL", "code: DE").replace("national_language: pl", "national_language: de"));

		assertThatExceptionOfType(ContentFileRejected.class)
			.isThrownBy(() -> ProtocolFilesReader.read(List.of(germany, poland), List.of()))
			.withMessageContaining("provisions[0].id: is 'pl-kk-189a', which protocol/law/de.yaml uses already");
	}

	private static void assertRejected(String path, String yaml, String message) {
		RepositoryFile file = file(path, yaml);
		assertThatExceptionOfType(ContentFileRejected.class)
			.isThrownBy(() -> ProtocolFilesReader.read(List.of(file), List.of()))
			.withMessageContaining(message)
			.satisfies((ex) -> assertThat(ex.file()).isEqualTo(path));
	}

	private static RepositoryFile file(String path, String text) {
		return new RepositoryFile(path, text.getBytes(StandardCharsets.UTF_8), 0);
	}

	private static final String POLAND = """
			code: PL
			name: Poland
			national_language: pl
			eu_member: true
			provisions:
			  - id: pl-kk-189a
			    citation: Kodeks karny, art. 189a § 1
			    short_citation: art. 189a § 1 KK
			    title: Handel ludźmi
			    kind: trafficking
			    summary: Makes trafficking punishable.
			    elements:
			      act: [recruits, transports]
			      means: [deceit]
			      purpose: [exploitation]
			    child_without_means_under: 18
			    penalty: imprisonment of at least 3 years
			    sources:
			      - title: Kodeks karny
			        url: https://isap.sejm.gov.pl/
			        checked: 2026-12-03
			    verified: true
			""";

}
