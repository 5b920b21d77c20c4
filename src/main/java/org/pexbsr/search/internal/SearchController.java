package org.pexbsr.search.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.pexbsr.search.SearchEntry.Kind;
import org.pexbsr.web.InvalidRequestException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: a form that works without scripts, hits filtered by kind and ten to a
 * page, in the page's language with English where there is no translation.
 */
@Controller
class SearchController {

	static final String PATH = "/search";

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	@GetMapping(PATH)
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String page, Locale locale, Model model,
			HttpServletResponse response) {
		Kind wanted = kindOrAll(kind);
		SearchResults results = this.search.search(q, SearchRequests.language(null, locale), wanted, number(page));
		response.setHeader("Cache-Control", "private, no-store");
		model.addAttribute("results", results);
		model.addAttribute("filters", filters(results));
		model.addAttribute("previous", results.hasPrevious() ? link(q, wanted, results.page() - 1) : null);
		model.addAttribute("next", results.hasNext() ? link(q, wanted, results.page() + 1) : null);
		return "search/search";
	}

	/**
	 * A kind the page does not know shows every kind, as a link that lost its end would.
	 */
	private static @Nullable Kind kindOrAll(@Nullable String kind) {
		try {
			return SearchRequests.kind(kind);
		}
		catch (InvalidRequestException ex) {
			return null;
		}
	}

	private static int number(@Nullable String page) {
		try {
			return (page != null) ? Integer.parseInt(page.strip()) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static List<Filter> filters(SearchResults results) {
		String query = results.query();
		List<Filter> filters = new java.util.ArrayList<>();
		filters.add(new Filter(null, results.byKind().values().stream().mapToInt(Integer::intValue).sum(),
				link(query, null, 1), results.kind() == null));
		for (Kind kind : Kind.values()) {
			int count = results.byKind().getOrDefault(kind, 0);
			if (count > 0 || kind == results.kind()) {
				filters.add(new Filter(kind, count, link(query, kind, 1), kind == results.kind()));
			}
		}
		return filters;
	}

	/** A link to the page; every character of the words is encoded, {@code +} too. */
	private static String link(String query, @Nullable Kind kind, int page) {
		StringBuilder link = new StringBuilder(PATH).append("?q=")
			.append(URLEncoder.encode(query, StandardCharsets.UTF_8));
		if (kind != null) {
			link.append("&kind=").append(SearchRequests.name(kind));
		}
		if (page > 1) {
			link.append("&page=").append(page);
		}
		return link.toString();
	}

	/**
	 * One filter link above the hits.
	 *
	 * @param kind the kind it shows, or {@code null} for every kind
	 * @param count how many hits of it there are
	 * @param current whether the hits are filtered by it now
	 */
	record Filter(@Nullable Kind kind, int count, String href, boolean current) {

		public String messageKey() {
			return (this.kind != null) ? "search.kind." + SearchRequests.name(this.kind) + ".plural"
					: "search.kind.all";
		}

	}

}
