package org.pexbsr.web.internal;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pexbsr.web.Language;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The interface language: the visitor's choice from the switch (kept in a cookie), else
 * the best match for the browser's {@code Accept-Language}, else English.
 */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_PARAMETER = "lang";

	@Bean
	LocaleResolver localeResolver() {
		SupportedLocaleResolver resolver = new SupportedLocaleResolver();
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(SupportedLocaleResolver::fromAcceptLanguage);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName(LANGUAGE_PARAMETER);
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** Keeps every locale that reaches the pages to one of the offered languages. */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super("pex-lang");
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return Language.of(super.resolveLocale(request)).orElse(Language.ENGLISH).locale();
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			Locale supported = (locale != null) ? Language.of(locale).map(Language::locale).orElse(null) : null;
			if (locale != null && supported == null) {
				return;
			}
			super.setLocale(request, response, supported);
		}

		static Locale fromAcceptLanguage(HttpServletRequest request) {
			String header = request.getHeader("Accept-Language");
			if (header == null || header.isBlank()) {
				return Language.ENGLISH.locale();
			}
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
					Locale candidate = Locale.forLanguageTag(range.getRange());
					var language = Language.of(candidate);
					if (language.isPresent()) {
						return language.get().locale();
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// A malformed header is the browser's mistake; English is the honest
				// answer to it.
			}
			return Language.ENGLISH.locale();
		}

	}

}
