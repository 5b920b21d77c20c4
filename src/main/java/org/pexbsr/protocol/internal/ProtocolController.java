package org.pexbsr.protocol.internal;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.pexbsr.content.PublishedDocument;
import org.pexbsr.web.Language;
import org.pexbsr.web.ResourceNotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Investigation Protocol as pages: the chapters, the indicators, the comparison of
 * the national offences, the checklists and the national editions. A restricted chapter
 * or checklist goes through {@link RestrictedReading} on every way to it.
 */
@Controller
class ProtocolController {

	static final String OFFLINE_SCRIPT = "/js/protocol-offline.js";

	private final Guide guide;

	private final ProtocolCatalogue catalogue;

	private final RestrictedReading restricted;

	private final Editions editions;

	ProtocolController(Guide guide, ProtocolCatalogue catalogue, RestrictedReading restricted, Editions editions) {
		this.guide = guide;
		this.catalogue = catalogue;
		this.restricted = restricted;
		this.editions = editions;
	}

	@GetMapping("/protocol")
	String chapters(Locale locale, Model model) {
		model.addAttribute("chapters", this.guide.chapters(locale));
		model.addAttribute("investigator", this.restricted.allowed());
		model.addAttribute("countries", this.editions.countries());
		return "protocol/chapters";
	}

	@GetMapping("/protocol/{slug}")
	String chapter(@PathVariable String slug, Locale locale, Model model, HttpServletResponse response) {
		PublishedDocument chapter = this.guide.chapter(slug, locale, "page");
		privateIfRestricted(chapter, response);
		model.addAttribute("chapter", chapter);
		model.addAttribute("translated", chapter.lang().equals(locale.getLanguage()));
		ProtocolFiles files = this.catalogue.files();
		if (Chapters.INDICATORS.equals(slug)) {
			model.addAttribute("indicatorLists", ProtocolViews.indicatorTables(files, this.restricted.allowed()));
			model.addAttribute("indicatorSources", files.indicators().sources());
		}
		if (Chapters.NATIONAL_LAW.equals(slug)) {
			model.addAttribute("countries", files.countries());
		}
		return "protocol/chapter";
	}

	@GetMapping("/protocol/compare")
	String compare(Model model) {
		model.addAttribute("countries", this.catalogue.files().countries());
		return "protocol/compare";
	}

	@GetMapping("/protocol/checklists")
	String checklists(Model model) {
		model.addAttribute("checklists", this.catalogue.files().checklists());
		model.addAttribute("investigator", this.restricted.allowed());
		return "protocol/checklists";
	}

	@GetMapping("/protocol/checklists/{id}")
	String checklist(@PathVariable String id, Model model, HttpServletResponse response) {
		ProtocolFiles files = this.catalogue.files();
		Checklist checklist = files.checklist(id).orElseThrow(() -> new ChecklistNotFoundException(id));
		if (checklist.restricted()) {
			this.restricted.read("protocol/checklists/" + id, "page");
			response.setHeader("Cache-Control", "private, no-store");
		}
		model.addAttribute("checklist", checklist);
		model.addAttribute("indicatorsByItem",
				checklist.items()
					.collect(java.util.stream.Collectors.toMap(Checklist.Item::id,
							(item) -> ProtocolViews.indicatorsOf(files, item))));
		model.addAttribute("pageScripts", List.of("/js/protocol-checklist.js"));
		return "protocol/checklist";
	}

	@GetMapping("/protocol/editions")
	String editions(Model model) {
		model.addAttribute("countries", this.editions.countries());
		return "protocol/editions";
	}

	@GetMapping("/protocol/editions/{country}")
	String edition(@PathVariable String country, Locale locale, Model model, HttpServletResponse response) {
		Edition edition = edition(country, locale, "edition page");
		model.addAttribute("edition", edition);
		model.addAttribute("pageScripts", List.of(OFFLINE_SCRIPT));
		noStoreIfRestricted(edition, response);
		return "protocol/edition";
	}

	@GetMapping("/protocol/editions/{country}/{part}")
	String editionPart(@PathVariable String country, @PathVariable String part, Locale locale, Model model,
			HttpServletResponse response) {
		Edition edition = edition(country, locale, "edition page " + part);
		model.addAttribute("edition", edition);
		model.addAttribute("pageScripts", List.of(OFFLINE_SCRIPT));
		if ("law".equals(part)) {
			return "protocol/edition-law";
		}
		PublishedDocument chapter = edition.chapters()
			.stream()
			.filter((candidate) -> candidate.summary().slug().equals(part))
			.findFirst()
			.orElseGet(() -> this.guide.chapter(part, locale, "edition page"));
		privateIfRestricted(chapter, response);
		model.addAttribute("chapter", chapter);
		model.addAttribute("chapterHtml",
				ProtocolViews.withinEdition(chapter.html(), edition.country().code(), ProtocolViews.slugsOf(edition)));
		return "protocol/edition-chapter";
	}

	@GetMapping("/protocol/offline")
	String offline(Model model) {
		model.addAttribute("pageScripts", List.of(OFFLINE_SCRIPT));
		return "protocol/offline";
	}

	private Edition edition(String country, Locale locale, String how) {
		Jurisdiction jurisdiction = this.editions.country(country);
		Language language = Language.of(locale).orElse(Language.ENGLISH);
		return this.editions.edition(jurisdiction, language, "edition " + jurisdiction.code() + " " + how);
	}

	private static void privateIfRestricted(PublishedDocument chapter, HttpServletResponse response) {
		if (chapter.summary().restricted()) {
			response.setHeader("Cache-Control", "private, no-store");
		}
	}

	private static void noStoreIfRestricted(Edition edition, HttpServletResponse response) {
		if (edition.restrictedIncluded()) {
			response.setHeader("Cache-Control", "private, no-store");
		}
	}

	static class ChecklistNotFoundException extends ResourceNotFoundException {

		ChecklistNotFoundException(String id) {
			super("The Investigation Protocol has no checklist '" + id + "'");
		}

	}

}
