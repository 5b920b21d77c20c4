package org.pexbsr.content.internal;

import jakarta.validation.Valid;

import org.pexbsr.content.internal.ContentEditing.DraftInReviewException;
import org.pexbsr.content.internal.ContentEditing.Edited;
import org.pexbsr.content.internal.ContentEditing.NoDraftException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The web editor: the list of documents, and for each its form and the steps draft,
 * review, publish. Every form carries the CSRF token and answers with a redirect.
 */
@Controller
class EditorController {

	private static final String BASE = "/content/editor/{collection}/{lang}/{slug}";

	private final ContentEditing editing;

	EditorController(ContentEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/content/editor")
	String documents(Model model) {
		model.addAttribute("documents", this.editing.documents());
		return "content/documents";
	}

	@GetMapping(BASE)
	String edit(@PathVariable String collection, @PathVariable String lang, @PathVariable String slug, Model model) {
		Edited edited = this.editing.open(collection, slug, lang);
		if (!model.containsAttribute("draftForm")) {
			model.addAttribute("draftForm", DraftForm.of(edited.working()));
		}
		model.addAttribute("edited", edited);
		return "content/edit";
	}

	@PostMapping(BASE + "/draft")
	String saveDraft(@PathVariable String collection, @PathVariable String lang, @PathVariable String slug,
			@Valid @ModelAttribute("draftForm") DraftForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				int version = this.editing.saveDraft(collection, slug, lang, form.toDraft());
				redirect.addFlashAttribute("message", "content.editor.saved");
				redirect.addFlashAttribute("savedVersion", version);
				return redirectTo(collection, lang, slug);
			}
			catch (DraftInReviewException ex) {
				result.reject("content.editor.error.inReview");
			}
		}
		model.addAttribute("edited", this.editing.open(collection, slug, lang));
		return "content/edit";
	}

	@PostMapping(BASE + "/submit")
	String submit(@PathVariable String collection, @PathVariable String lang, @PathVariable String slug,
			RedirectAttributes redirect) {
		return step(collection, lang, slug, redirect, "content.editor.submitted",
				() -> this.editing.submitForReview(collection, slug, lang));
	}

	@PostMapping(BASE + "/publish")
	String publish(@PathVariable String collection, @PathVariable String lang, @PathVariable String slug,
			RedirectAttributes redirect) {
		return step(collection, lang, slug, redirect, "content.editor.published",
				() -> this.editing.publish(collection, slug, lang));
	}

	private String step(String collection, String lang, String slug, RedirectAttributes redirect, String done,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (NoDraftException ex) {
			redirect.addFlashAttribute("message", "content.editor.error.noSuchStep");
		}
		return redirectTo(collection, lang, slug);
	}

	private static String redirectTo(String collection, String lang, String slug) {
		String path = ServletUriComponentsBuilder.fromPath("/content/editor/{collection}/{lang}/{slug}")
			.buildAndExpand(collection, lang, slug)
			.encode()
			.toUriString();
		return "redirect:" + path;
	}

}
