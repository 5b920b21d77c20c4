package org.pexbsr.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the running platform serves, as {@code METHOD pattern}: each handler method
 * of every request-mapping handler mapping (the controllers, the OpenAPI document, the
 * actuator), one {@code GET /folder/**} per folder of static files and one
 * {@code GET /file} per static file at the top.
 */
final class ServedRoutes {

	private ServedRoutes() {
	}

	static Set<String> of(ApplicationContext context) {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			mapping.getHandlerMethods().keySet().forEach((info) -> addRoutes(info, routes));
		}
		routes.addAll(staticFiles());
		return routes;
	}

	private static void addRoutes(RequestMappingInfo info, Set<String> routes) {
		Set<String> methods = new TreeSet<>();
		info.getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
		if (methods.isEmpty()) {
			methods.add("*");
		}
		for (String pattern : info.getPatternValues()) {
			methods.forEach((method) -> routes.add(method + " " + pattern));
		}
	}

	private static Set<String> staticFiles() {
		Set<String> routes = new TreeSet<>();
		try {
			Resource root = new PathMatchingResourcePatternResolver().getResource("classpath:/static/");
			String base = root.getURI().toString();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:/static/**/*")) {
				String path = resource.getURI().toString().substring(base.length());
				if (path.isEmpty()) {
					continue;
				}
				int slash = path.indexOf('/');
				routes.add("GET /" + ((slash < 0) ? path : path.substring(0, slash) + "/**"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return routes;
	}

}
