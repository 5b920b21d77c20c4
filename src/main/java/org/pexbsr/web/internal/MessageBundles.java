package org.pexbsr.web.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message source over every module's bundle. Each module keeps its own
 * {@code i18n/<module>*.properties}; the bundles are found on the class path, so a module
 * adds its texts without touching anyone else's file. A key missing in a language falls
 * back to the English base file, never to the server's own language.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

	static final String LOCATION = "classpath*:i18n/*.properties";

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(baseNames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	/**
	 * {@code i18n/web}, {@code i18n/evidence}, ...: every file name without a language
	 * suffix.
	 */
	static String[] baseNames() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			return Arrays.stream(files)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.filter((name) -> !name.contains("_"))
				.map((name) -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
				.collect(java.util.stream.Collectors.toCollection(TreeSet::new))
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The message bundles could not be listed", ex);
		}
	}

}
