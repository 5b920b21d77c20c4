package org.pexbsr.protocol.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.pexbsr.protocol.internal.Checklist.Item;
import org.pexbsr.protocol.internal.Indicators.Group;
import org.pexbsr.protocol.internal.Indicators.Indicator;

/**
 * What the pages show of the indicators and checklists, with the links between them
 * resolved as far as the reader may follow them.
 */
final class ProtocolViews {

	private ProtocolViews() {
	}

	/** The indicator tables: by list, then by dimension. */
	static List<IndicatorList> indicatorTables(ProtocolFiles files, boolean investigator) {
		Indicators indicators = files.indicators();
		List<IndicatorList> lists = new ArrayList<>();
		for (Group list : indicators.lists()) {
			List<DimensionRows> dimensions = new ArrayList<>();
			for (Group dimension : indicators.dimensions()) {
				List<IndicatorRow> rows = indicators.of(list.id(), dimension.id())
					.stream()
					.map((indicator) -> row(files, indicator, investigator))
					.toList();
				if (!rows.isEmpty()) {
					dimensions.add(new DimensionRows(dimension, rows));
				}
			}
			lists.add(new IndicatorList(list, dimensions));
		}
		return lists;
	}

	private static IndicatorRow row(ProtocolFiles files, Indicator indicator, boolean investigator) {
		List<ItemLink> links = new ArrayList<>();
		int hidden = 0;
		for (String itemId : indicator.checklistItems()) {
			Checklist checklist = files.checklistWithItem(itemId).orElse(null);
			if (checklist == null) {
				continue;
			}
			if (checklist.restricted() && !investigator) {
				hidden++;
				continue;
			}
			Item item = checklist.items()
				.filter((candidate) -> candidate.id().equals(itemId))
				.findFirst()
				.orElseThrow();
			links.add(new ItemLink(checklist.id(), item.id(), checklist.title(), item.text()));
		}
		return new IndicatorRow(indicator, List.copyOf(links), hidden);
	}

	/** The indicators an item looks for, for the checklist page. */
	static List<Indicator> indicatorsOf(ProtocolFiles files, Item item) {
		return item.indicators().stream().flatMap((id) -> files.indicators().indicator(id).stream()).toList();
	}

	/**
	 * Points the links of a chapter that lead to chapters of the same edition at the
	 * edition's own pages, so that a reader who keeps it offline stays within it.
	 */
	static String withinEdition(String html, String country, Set<String> slugs) {
		Document fragment = Jsoup.parseBodyFragment(html);
		for (Element link : fragment.select("a[href^=/protocol/]")) {
			String href = link.attr("href");
			String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
			String anchor = href.substring(path.length());
			String slug = path.substring("/protocol/".length());
			if (slugs.contains(slug)) {
				link.attr("href", "/protocol/editions/" + country + "/" + slug + anchor);
			}
		}
		fragment.outputSettings().prettyPrint(false);
		return fragment.body().html();
	}

	static Set<String> slugsOf(Edition edition) {
		return edition.chapters().stream().map((chapter) -> chapter.summary().slug()).collect(Collectors.toSet());
	}

	record IndicatorList(Group list, List<DimensionRows> dimensions) {

	}

	record DimensionRows(Group dimension, List<IndicatorRow> rows) {

	}

	/**
	 * @param hiddenItems how many restricted checklist items look for it that the reader
	 * may not see
	 */
	record IndicatorRow(Indicator indicator, List<ItemLink> items, int hiddenItems) {

	}

	record ItemLink(String checklist, String item, String checklistTitle, @Nullable String text) {

		public String href() {
			return "/protocol/checklists/" + this.checklist + "#" + this.item;
		}

	}

}
