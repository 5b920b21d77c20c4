package org.pexbsr.identity.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches requests that no controller handles, so that a mistyped address answers 404
 * rather than sending the visitor to the login page. A request that a controller does
 * handle never matches, so it needs a rule.
 */
class UnmappedRequestMatcher implements RequestMatcher {

	private final ObjectProvider<RequestMappingHandlerMapping> handlers;

	UnmappedRequestMatcher(ObjectProvider<RequestMappingHandlerMapping> handlers) {
		this.handlers = handlers;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		RequestMappingHandlerMapping mapping = this.handlers.getIfAvailable();
		if (mapping == null) {
			return false;
		}
		Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
		ServletRequestPathUtils.parseAndCache(request);
		try {
			return mapping.getHandler(request) == null;
		}
		catch (Exception ex) {
			// A known path asked with the wrong method or media type: it is a route, so a
			// rule must decide.
			return false;
		}
		finally {
			restore(request, previous);
		}
	}

	private static void restore(HttpServletRequest request, Object previous) {
		if (previous instanceof RequestPath) {
			request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previous);
		}
		else {
			request.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
		}
	}

}
