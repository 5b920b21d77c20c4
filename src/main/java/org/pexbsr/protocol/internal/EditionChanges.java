package org.pexbsr.protocol.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.pexbsr.content.ContentFileRejected;
import org.pexbsr.content.ContentLibrary;
import org.pexbsr.content.DocumentVersion;
import org.pexbsr.content.RepositoryFile;
import org.pexbsr.protocol.internal.Edition.Change;
import org.pexbsr.protocol.internal.Jurisdiction.Provision;

import org.springframework.stereotype.Component;

/**
 * Says what changed between two versions of an edition, part by part: for a chapter the
 * notes of its new versions, for a law record which provisions were added, removed or
 * changed and in which fields, for the indicators and checklists which entries came and
 * went.
 */
@Component
class EditionChanges {

	private final ContentLibrary content;

	private final ProtocolFileStore files;

	private final ProtocolCatalogue catalogue;

	EditionChanges(ContentLibrary content, ProtocolFileStore files, ProtocolCatalogue catalogue) {
		this.content = content;
		this.files = files;
		this.catalogue = catalogue;
	}

	/**
	 * @param before the parts of the version before, empty for the first version
	 * @param now the parts now; keys such as {@code chapter:legal-framework}, values such
	 * as {@code en:3} (language and version) or {@code 2} (version)
	 * @param paths the file path of each structured part, by key
	 */
	List<Change> between(Map<String, String> before, Map<String, String> now, Map<String, String> paths) {
		List<Change> changes = new ArrayList<>();
		TreeSet<String> keys = new TreeSet<>(before.keySet());
		keys.addAll(now.keySet());
		for (String key : keys) {
			String old = before.get(key);
			String current = now.get(key);
			if (Objects.equals(old, current)) {
				continue;
			}
			String kind = key.substring(0, key.indexOf(':'));
			String part = key.substring(key.indexOf(':') + 1);
			Integer from = version(old);
			Integer to = version(current);
			List<String> details = (old == null || current == null) ? List.of()
					: details(kind, part, old, current, paths.get(key));
			changes.add(new Change(kind, part, from, to, restricted(kind, part), details));
		}
		return List.copyOf(changes);
	}

	private boolean restricted(String kind, String part) {
		if ("checklist".equals(kind)) {
			return this.catalogue.files().checklist(part).map(Checklist::restricted).orElse(true);
		}
		return "chapter".equals(kind) && Chapters.isRestricted(part);
	}

	private List<String> details(String kind, String part, String old, String current, @Nullable String path) {
		return switch (kind) {
			case "chapter" -> chapterNotes(part, old, current);
			case "law" -> compare(path, old, current, ProtocolFileParser::jurisdiction, EditionChanges::lawDetails);
			case "indicators" ->
				compare(path, old, current, ProtocolFileParser::indicators, (a, b) -> idDetails("indicator",
						ids(a.indicators(), Indicators.Indicator::id), ids(b.indicators(), Indicators.Indicator::id)));
			default -> compare(path, old, current, ProtocolFileParser::checklist, (a, b) -> idDetails("item",
					a.items().map(Checklist.Item::id).toList(), b.items().map(Checklist.Item::id).toList()));
		};
	}

	private List<String> chapterNotes(String slug, String old, String current) {
		String lang = current.substring(0, current.indexOf(':'));
		List<String> notes = new ArrayList<>();
		if (!old.startsWith(lang + ":")) {
			notes.add("language: now " + lang + " (was " + old.substring(0, old.indexOf(':')) + ")");
			return notes;
		}
		int from = version(old);
		int to = version(current);
		for (DocumentVersion version : this.content.history(Chapters.COLLECTION, slug, lang)) {
			boolean published = "PUBLISHED".equals(version.status()) || "SUPERSEDED".equals(version.status());
			if (published && version.version() > from && version.version() <= to) {
				notes.add("version " + version.version() + ": " + (version.fromRepository()
						? "loaded from the repository file" : Objects.requireNonNullElse(version.changeNote(), "")));
			}
		}
		return notes;
	}

	private <T> List<String> compare(@Nullable String path, String old, String current,
			Function<RepositoryFile, T> parser, java.util.function.BiFunction<T, T, List<String>> differ) {
		if (path == null) {
			return List.of();
		}
		String before = this.files.body(path, version(old)).orElse(null);
		String after = this.files.body(path, version(current)).orElse(null);
		if (before == null || after == null) {
			return List.of();
		}
		try {
			return differ.apply(parser.apply(new RepositoryFile(path, bytes(before), 0)),
					parser.apply(new RepositoryFile(path, bytes(after), 0)));
		}
		catch (ContentFileRejected ex) {
			// The old version was written to an older form of the format; say only that
			// it
			// changed.
			return List.of("the file was rewritten");
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	static List<String> lawDetails(Jurisdiction before, Jurisdiction after) {
		Map<String, Provision> old = byId(before.provisions());
		Map<String, Provision> now = byId(after.provisions());
		List<String> details = new ArrayList<>();
		for (Provision provision : now.values()) {
			Provision earlier = old.get(provision.id());
			if (earlier == null) {
				details.add(provision.id() + ": added");
				continue;
			}
			List<String> fields = changedFields(earlier, provision);
			if (!fields.isEmpty()) {
				details.add(provision.id() + ": " + String.join(", ", fields) + " changed");
			}
		}
		old.keySet().stream().filter((id) -> !now.containsKey(id)).forEach((id) -> details.add(id + ": removed"));
		if (!Objects.equals(before.referralMechanism(), after.referralMechanism())) {
			details.add("referral_mechanism changed");
		}
		if (!Objects.equals(before.authorities(), after.authorities())) {
			details.add("authorities changed");
		}
		return details;
	}

	private static List<String> changedFields(Provision a, Provision b) {
		Map<String, Function<Provision, Object>> fields = new LinkedHashMap<>();
		fields.put("citation", Provision::citation);
		fields.put("title", Provision::title);
		fields.put("summary", Provision::summary);
		fields.put("elements.act", (p) -> p.elements().act());
		fields.put("elements.means", (p) -> p.elements().means());
		fields.put("elements.purpose", (p) -> p.elements().purpose());
		fields.put("child_without_means_under", Provision::childWithoutMeansUnder);
		fields.put("penalty", Provision::penalty);
		fields.put("sources", Provision::sources);
		fields.put("verified", Provision::verified);
		return fields.entrySet()
			.stream()
			.filter((field) -> !Objects.equals(field.getValue().apply(a), field.getValue().apply(b)))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static Map<String, Provision> byId(List<Provision> provisions) {
		Map<String, Provision> byId = new LinkedHashMap<>();
		provisions.forEach((provision) -> byId.put(provision.id(), provision));
		return byId;
	}

	private static <T> List<String> ids(List<T> entries, Function<T, String> id) {
		return entries.stream().map(id).toList();
	}

	private static List<String> idDetails(String what, List<String> before, List<String> after) {
		List<String> details = new ArrayList<>();
		after.stream().filter((id) -> !before.contains(id)).forEach((id) -> details.add(what + " " + id + ": added"));
		before.stream().filter((id) -> !after.contains(id)).forEach((id) -> details.add(what + " " + id + ": removed"));
		return details;
	}

	private static @Nullable Integer version(@Nullable String part) {
		if (part == null) {
			return null;
		}
		return Integer.valueOf(part.substring(part.indexOf(':') + 1));
	}

}
