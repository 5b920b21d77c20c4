package org.pexbsr.protocol.internal;

import java.util.Locale;

import org.pexbsr.content.ContentLibrary;
import org.pexbsr.content.PublishedDocument;
import org.pexbsr.identity.CurrentUser;
import org.pexbsr.identity.Role;
import org.pexbsr.web.ResourceNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Investigation Protocol as pages: the list of chapters and each chapter with its
 * table of contents.
 */
@Controller
class ProtocolController {

	static final String COLLECTION = "protocol";

	private final ContentLibrary content;

	ProtocolController(ContentLibrary content) {
		this.content = content;
	}

	@GetMapping("/protocol")
	String chapters(Locale locale, Model model) {
		model.addAttribute("chapters", this.content.published(COLLECTION, locale));
		model.addAttribute("investigator", CurrentUser.get().has(Role.INVESTIGATOR));
		return "protocol/chapters";
	}

	@GetMapping("/protocol/{slug}")
	String chapter(@PathVariable String slug, Locale locale, Model model) {
		PublishedDocument chapter = this.content.published(COLLECTION, slug, locale)
			.orElseThrow(() -> new ChapterNotFoundException(slug));
		if (chapter.summary().restricted() && !CurrentUser.get().has(Role.INVESTIGATOR)) {
			throw new AccessDeniedException("The chapter '" + slug + "' is for law-enforcement accounts only");
		}
		model.addAttribute("chapter", chapter);
		model.addAttribute("translated", chapter.lang().equals(locale.getLanguage()));
		return "protocol/chapter";
	}

	static class ChapterNotFoundException extends ResourceNotFoundException {

		ChapterNotFoundException(String slug) {
			super("The Investigation Protocol has no chapter '" + slug + "'");
		}

	}

}
