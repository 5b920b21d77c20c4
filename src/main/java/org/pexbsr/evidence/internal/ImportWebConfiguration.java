package org.pexbsr.evidence.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Puts the upload size check in front of everything else, the security filters included,
 * so an oversized upload is refused before anything reads it.
 */
@Configuration(proxyBeanMethods = false)
class ImportWebConfiguration {

	@Bean
	FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(
			@Value("${spring.servlet.multipart.max-request-size:60MB}") DataSize limit) {
		FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(
				new UploadSizeFilter(limit));
		registration.addUrlPatterns(ImportAccessRules.IMPORT_ROUTES);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
