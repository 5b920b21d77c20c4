package org.pexbsr.evidence.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.pexbsr.content.ContentLibrary;
import org.pexbsr.content.PublishedDocument;
import org.pexbsr.web.InvalidRequestException;
import org.pexbsr.web.ResourceNotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Evidence briefs from the content collection {@code studies}. A paragraph that holds
 * nothing but a link to an explorer view becomes a live figure of that view (chart,
 * table, flags and sources); the link's text is its caption.
 */
@Controller
class StudiesController {

	static final String COLLECTION = "studies";

	/**
	 * A paragraph holding only a link to the explorer, as the content module's sanitiser
	 * writes it.
	 */
	private static final Pattern EMBED = Pattern
		.compile("<p>\\s*<a href=\"(/evidence/explore\\?[^\"]*)\"[^>]*>([^<]*)</a>\\s*</p>");

	private final ContentLibrary content;

	private final ExplorerService explorer;

	private final EvidenceQueries queries;

	private final MessageSource messages;

	StudiesController(ContentLibrary content, ExplorerService explorer, EvidenceQueries queries,
			MessageSource messages) {
		this.content = content;
		this.explorer = explorer;
		this.queries = queries;
		this.messages = messages;
	}

	@GetMapping("/evidence/studies")
	String studies(Locale locale, Model model) {
		model.addAttribute("studies", this.content.published(COLLECTION, locale));
		return "evidence/studies";
	}

	@GetMapping("/evidence/studies/{slug}")
	String study(@PathVariable String slug, Locale locale, Model model) {
		PublishedDocument study = this.content.published(COLLECTION, slug, locale)
			.orElseThrow(() -> new ResourceNotFoundException("No study '" + slug + "'"));
		model.addAttribute("study", study);
		model.addAttribute("parts", parts(study.html(), locale));
		model.addAttribute("datasets", citedDatasets(study));
		model.addAttribute("sources", sources(study));
		model.addAttribute("format", new FigureFormat(locale));
		model.addAttribute("pageScripts", ExplorerController.CHART_SCRIPTS);
		return "evidence/study";
	}

	/** The study's text cut at each embedded view, the views drawn as figures. */
	List<Part> parts(String html, Locale locale) {
		List<Part> parts = new ArrayList<>();
		Matcher embed = EMBED.matcher(html);
		int from = 0;
		int figures = 0;
		while (embed.find()) {
			parts.add(Part.text(html.substring(from, embed.start())));
			figures++;
			parts
				.add(figure(embed.group(1), HtmlUtils.htmlUnescape(embed.group(2)), "study-figure-" + figures, locale));
			from = embed.end();
		}
		parts.add(Part.text(html.substring(from)));
		return parts;
	}

	private Part figure(String href, String caption, String id, Locale locale) {
		String link = HtmlUtils.htmlUnescape(href);
		try {
			ExplorerResult result = this.explorer.explore(ExplorerView.from(parameters(link)), locale);
			String text = caption.isBlank() ? result.caption(this.messages, locale) : caption;
			return new Part(null, result, text, id, link, null);
		}
		catch (InvalidRequestException | ResourceNotFoundException ex) {
			return new Part(null, null, caption, id, link, ex.getMessage());
		}
	}

	static MultiValueMap<String, String> parameters(String link) {
		MultiValueMap<String, String> raw = UriComponentsBuilder.fromUriString(link).build().getQueryParams();
		MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
		raw.forEach(
				(name, values) -> values.forEach((value) -> decoded.add(UriUtils.decode(name, StandardCharsets.UTF_8),
						(value != null) ? UriUtils.decode(value, StandardCharsets.UTF_8) : "")));
		return decoded;
	}

	/** The datasets the study names in its front matter under {@code datasets}. */
	private List<DatasetInfo> citedDatasets(PublishedDocument study) {
		Object listed = study.frontMatter().get("datasets");
		if (!(listed instanceof List<?> codes)) {
			return List.of();
		}
		return codes.stream().map(String::valueOf).map(this.queries::dataset).flatMap(Optional::stream).toList();
	}

	private static List<Map<?, ?>> sources(PublishedDocument study) {
		Object listed = study.frontMatter().get("sources");
		if (!(listed instanceof List<?> sources)) {
			return List.of();
		}
		List<Map<?, ?>> maps = new ArrayList<>();
		for (Object source : sources) {
			if (source instanceof Map<?, ?> map) {
				maps.add(map);
			}
		}
		return maps;
	}

	/**
	 * A piece of a study: safe HTML of its text, or a figure of an explorer view.
	 *
	 * @param html the text, already sanitised by the content module
	 * @param figure the view drawn, or {@code null}
	 * @param caption the figure's caption
	 * @param id the figure's element id
	 * @param link the explorer permalink of the figure
	 * @param problem why the view could not be drawn, if it could not
	 */
	record Part(@Nullable String html, @Nullable ExplorerResult figure, @Nullable String caption, @Nullable String id,
			@Nullable String link, @Nullable String problem) {

		static Part text(String html) {
			return new Part(html, null, null, null, null, null);
		}

	}

}
