package org.pexbsr.evidence.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an import upload that declares itself larger than the limit, before a byte of
 * it is read: 413 with a problem document for the API, the error page for the upload
 * form. Uploads that declare no length are held to the same limit by the servlet
 * container while they are read (Spring's {@code spring.servlet.multipart} settings).
 */
class UploadSizeFilter extends OncePerRequestFilter {

	private final DataSize limit;

	UploadSizeFilter(DataSize limit) {
		this.limit = limit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length <= this.limit.toBytes()) {
			chain.doFilter(request, response);
			return;
		}
		String detail = "The upload is " + megabytes(length) + " MB; at most " + megabytes(this.limit.toBytes())
				+ " MB can be imported at once. Compress it with gzip, or split it by period.";
		response.setHeader("Connection", "close");
		if (request.getRequestURI().startsWith("/api/")) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(problem(request.getRequestURI(), detail));
			return;
		}
		response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), detail);
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
	}

	private static String problem(String instance, String detail) {
		return "{\"type\":\"about:blank\",\"title\":\"Upload too large\",\"status\":413,\"detail\":\"" + detail
				+ "\",\"instance\":\"" + instance.replace("\"", "") + "\"}";
	}

}
