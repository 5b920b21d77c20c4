package org.pexbsr.web.internal;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.pexbsr.web.Language;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared layout needs on every page: the language switch, built as plain links
 * to the same address so it works without JavaScript, and the language of the page for
 * its {@code lang} attribute.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModelAdvice {

	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(Locale locale, HttpServletRequest request) {
		Language current = Language.of(locale).orElse(Language.ENGLISH);
		return Language.ALL.stream()
			.map((language) -> new LanguageLink(language, linkTo(request, language), language.equals(current)))
			.toList();
	}

	@ModelAttribute("pageLanguage")
	String pageLanguage(Locale locale) {
		return Language.of(locale).orElse(Language.ENGLISH).tag();
	}

	/**
	 * A link relative to the site, so that nothing the client sent as its host name ends
	 * up in the page.
	 */
	private static String linkTo(HttpServletRequest request, Language language) {
		Object failedPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (failedPath != null) ? failedPath.toString() : request.getRequestURI();
		String query = (failedPath != null) ? null : request.getQueryString();
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam(LocaleConfiguration.LANGUAGE_PARAMETER, language.tag())
			.build()
			.toUriString();
	}

	/**
	 * One entry of the language switch.
	 *
	 * @param language the language offered
	 * @param href the current page in that language
	 * @param current whether the page is shown in it now
	 */
	record LanguageLink(Language language, String href, boolean current) {

	}

}
