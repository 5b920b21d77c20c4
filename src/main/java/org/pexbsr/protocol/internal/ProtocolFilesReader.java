package org.pexbsr.protocol.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.pexbsr.content.ContentFileRejected;
import org.pexbsr.content.RepositoryDocument;
import org.pexbsr.content.RepositoryFile;
import org.pexbsr.protocol.internal.Checklist.Item;
import org.pexbsr.protocol.internal.Indicators.Indicator;
import org.pexbsr.protocol.internal.Jurisdiction.Provision;

/**
 * Reads the whole set of the Investigation Protocol's files and checks what they say
 * about each other: ids unique across files, every reference pointing at something that
 * exists, and the chapters keeping to the table of {@code content/protocol/FORMAT.md} (a
 * chapter that must be restricted is restricted). {@link #read} stops at the first
 * problem, as the start does; {@link #problems} lists them all, as the build's check
 * does.
 */
final class ProtocolFilesReader {

	/** A citation of a source by its id, {@code [palermo]}, that is no Markdown link. */
	private static final Pattern CITATION = Pattern.compile("(?<![\\]\\\\])\\[([a-z0-9]+(?:-[a-z0-9]+)*)](?![(\\[:])");

	private static final Pattern CHAPTER_FILE = Pattern.compile("protocol/[a-z]{2,3}/([0-9]{2})-([a-z0-9-]+)\\.md");

	private final List<ContentFileRejected> problems = new ArrayList<>();

	private final boolean stopAtFirst;

	private ProtocolFilesReader(boolean stopAtFirst) {
		this.stopAtFirst = stopAtFirst;
	}

	/** The files, read and checked; the first problem found is thrown. */
	static ProtocolFiles read(List<RepositoryFile> files, List<RepositoryDocument> chapters) {
		return new ProtocolFilesReader(true).readAll(files, chapters);
	}

	/** Every problem in the files, for a report that lists them all at once. */
	static List<ContentFileRejected> problems(List<RepositoryFile> files, List<RepositoryDocument> chapters) {
		ProtocolFilesReader reader = new ProtocolFilesReader(false);
		reader.readAll(files, chapters);
		return List.copyOf(reader.problems);
	}

	private ProtocolFiles readAll(List<RepositoryFile> files, List<RepositoryDocument> chapters) {
		chapters.forEach(this::checkChapter);
		int indicatorRank = files.stream()
			.filter((file) -> ProtocolFileParser.isIndicators(file) || ProtocolFileParser.isChecklist(file))
			.mapToInt(RepositoryFile::rank)
			.min()
			.orElse(0);
		List<Jurisdiction> jurisdictions = new ArrayList<>();
		List<Indicators> indicators = new ArrayList<>();
		List<Checklist> checklists = new ArrayList<>();
		for (RepositoryFile file : files) {
			if (ProtocolFileParser.isLaw(file)) {
				parse(file, ProtocolFileParser::jurisdiction, jurisdictions);
			}
			else if (ProtocolFileParser.isIndicators(file)) {
				// Indicators and checklists refer to each other, so they come as one set
				// from one place.
				if (file.rank() == indicatorRank) {
					parse(file, ProtocolFileParser::indicators, indicators);
				}
			}
			else if (ProtocolFileParser.isChecklist(file)) {
				if (file.rank() == indicatorRank) {
					parse(file, ProtocolFileParser::checklist, checklists);
				}
			}
			else {
				report(ProtocolFileParser.unknownFile(file));
			}
		}
		ProtocolFiles read = new ProtocolFiles(jurisdictions,
				indicators.isEmpty() ? Indicators.NONE : indicators.get(0), checklists);
		checkProvisionIds(read);
		checkIndicatorsAndChecklists(read);
		return read;
	}

	private <T> void parse(RepositoryFile file, Function<RepositoryFile, T> parser, List<T> into) {
		try {
			into.add(parser.apply(file));
		}
		catch (ContentFileRejected ex) {
			report(ex);
		}
	}

	private void report(ContentFileRejected problem) {
		if (this.stopAtFirst) {
			throw problem;
		}
		this.problems.add(problem);
	}

	private void checkChapter(RepositoryDocument chapter) {
		Matcher name = CHAPTER_FILE.matcher(chapter.path());
		if (!name.matches()) {
			report(new ContentFileRejected(chapter.path(), null, "a chapter's file is named NN-<slug>.md"));
			return;
		}
		Chapters.Chapter known = Chapters.of(chapter.slug()).orElse(null);
		if (known == null) {
			report(new ContentFileRejected(chapter.path(), "slug", "is '" + chapter.slug() + "'; it must be one "
					+ "of the chapters listed in content/protocol/FORMAT.md"));
			return;
		}
		if (!name.group(2).equals(known.slug()) || Integer.parseInt(name.group(1)) != known.order()) {
			report(new ContentFileRejected(chapter.path(), null,
					"the chapter " + known.slug() + " belongs in " + known.fileName()));
		}
		if (chapter.position() != known.order()) {
			report(new ContentFileRejected(chapter.path(), "order",
					"is " + chapter.position() + "; the chapter " + known.slug() + " has order " + known.order()));
		}
		if (known.restricted() != chapter.restricted()) {
			report(new ContentFileRejected(chapter.path(), "restricted", "must be " + known.restricted()
					+ " for the chapter " + known.slug() + " (content/protocol/FORMAT.md)"));
		}
		checkChapterSources(chapter);
	}

	private void checkChapterSources(RepositoryDocument chapter) {
		Object checked = chapter.frontMatter().get("checked");
		if (!(checked instanceof java.util.Date) && !(checked instanceof LocalDate)
				&& !(checked instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}"))) {
			report(new ContentFileRejected(chapter.path(), "checked", "is missing or not a date written as "
					+ "YYYY-MM-DD; say when the legal statements were last compared with their sources"));
		}
		Set<String> ids = new HashSet<>();
		if (chapter.frontMatter().get("sources") instanceof List<?> sources) {
			for (int i = 0; i < sources.size(); i++) {
				if (!(sources.get(i) instanceof Map<?, ?> source) || source.get("id") == null
						|| source.get("title") == null || source.get("url") == null) {
					report(new ContentFileRejected(chapter.path(), "sources[" + i + "]",
							"needs an id, a title and " + "a url"));
					continue;
				}
				ids.add(source.get("id").toString());
			}
		}
		else if (chapter.frontMatter().get("sources") != null) {
			report(new ContentFileRejected(chapter.path(), "sources",
					"must be a list of sources, each with id, " + "title and url"));
		}
		Matcher citations = CITATION.matcher(withoutCode(chapter.body()));
		while (citations.find()) {
			if (!ids.contains(citations.group(1))) {
				report(new ContentFileRejected(chapter.path(), "sources",
						"the text cites [" + citations.group(1) + "], but no source has that id"));
			}
		}
	}

	/** Code spans and blocks may hold square brackets that are no citations. */
	private static String withoutCode(String markdown) {
		return markdown.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\\n]*`", "");
	}

	private void checkProvisionIds(ProtocolFiles read) {
		Map<String, String> seen = new HashMap<>();
		for (Jurisdiction jurisdiction : read.jurisdictions()) {
			for (int i = 0; i < jurisdiction.provisions().size(); i++) {
				Provision provision = jurisdiction.provisions().get(i);
				String earlier = seen.putIfAbsent(provision.id(), jurisdiction.file());
				if (earlier != null) {
					report(new ContentFileRejected(jurisdiction.file(), "provisions[" + i + "].id", "is '"
							+ provision.id() + "', which " + earlier + " uses already; ids are unique across files"));
				}
			}
		}
	}

	private void checkIndicatorsAndChecklists(ProtocolFiles read) {
		Indicators indicators = read.indicators();
		Map<String, String> items = new HashMap<>();
		for (Checklist checklist : read.checklists()) {
			checklist.items().forEach((item) -> {
				String earlier = items.putIfAbsent(item.id(), checklist.file());
				if (earlier != null) {
					report(new ContentFileRejected(checklist.file(), "sections.items.id", "the item id '" + item.id()
							+ "' is used already in " + earlier + "; item ids are unique across checklists"));
				}
			});
		}
		Set<String> indicatorIds = new HashSet<>();
		Set<String> lists = ids(indicators.lists());
		Set<String> dimensions = ids(indicators.dimensions());
		Set<String> sources = new HashSet<>();
		indicators.sources().forEach((source) -> sources.add(source.id()));
		for (int i = 0; i < indicators.indicators().size(); i++) {
			Indicator indicator = indicators.indicators().get(i);
			String field = "indicators[" + i + "]";
			if (!indicatorIds.add(indicator.id())) {
				report(rejected(indicators.file(), field + ".id", "'" + indicator.id() + "' is used twice"));
			}
			check(lists.contains(indicator.list()), indicators.file(), field + ".list",
					"is '" + indicator.list() + "', which is not one of the lists");
			check(dimensions.contains(indicator.dimension()), indicators.file(), field + ".dimension",
					"is '" + indicator.dimension() + "', which is not one of the dimensions");
			check(sources.contains(indicator.source()), indicators.file(), field + ".source",
					"is '" + indicator.source() + "', which is not one of the sources");
			for (String item : indicator.checklistItems()) {
				check(items.containsKey(item), indicators.file(), field + ".checklist_items",
						"names '" + item + "', which is no item of any checklist");
			}
		}
		for (Checklist checklist : read.checklists()) {
			for (Item item : checklist.items().toList()) {
				for (String indicator : item.indicators()) {
					check(indicatorIds.contains(indicator), checklist.file(), "item " + item.id() + ".indicators",
							"names '" + indicator + "', which is no indicator in indicators.yaml");
				}
			}
		}
	}

	private void check(boolean holds, String file, String field, String reason) {
		if (!holds) {
			report(rejected(file, field, reason));
		}
	}

	private static ContentFileRejected rejected(String file, @Nullable String field, String reason) {
		return new ContentFileRejected(file, field, reason);
	}

	private static Set<String> ids(List<Indicators.Group> groups) {
		Set<String> ids = new HashSet<>();
		groups.forEach((group) -> ids.add(group.id()));
		return ids;
	}

}
