package org.pexbsr.evidence.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload size check answers from the declared length alone: it never opens the body
 * of an upload it refuses, and lets everything within the limit through untouched.
 */
class UploadSizeFilterTests {

	private final UploadSizeFilter filter = new UploadSizeFilter(DataSize.ofMegabytes(60));

	@Test
	void refusesADeclaredlyOversizedApiUploadWithoutReadingIt() throws ServletException, IOException {
		MockHttpServletRequest request = unreadable("/api/v1/evidence/imports", DataSize.ofMegabytes(200));
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(request, response, chain);

		assertThat(chain.getRequest()).isNull();
		assertThat(response.getStatus()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE.value());
		assertThat(response.getHeader("Connection")).isEqualTo("close");
		assertThat(response.getContentAsString()).contains("\"status\":413", "200.0 MB", "at most 60.0 MB");
	}

	@Test
	void sendsTheUploadFormToTheErrorPageWithTheReason() throws ServletException, IOException {
		MockHttpServletRequest request = unreadable("/evidence/imports", DataSize.ofMegabytes(61));
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.filter.doFilter(request, response, new MockFilterChain());

		assertThat(response.getStatus()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE.value());
		assertThat(response.getErrorMessage()).contains("61.0 MB", "at most 60.0 MB");
	}

	@Test
	void letsAnUploadWithinTheLimitThrough() throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/evidence/imports");
		request.setContent(new byte[1024]);
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isSameAs(request);
	}

	/**
	 * A POST that declares a length and whose body fails the test if anything reads it.
	 */
	private static MockHttpServletRequest unreadable(String path, DataSize declared) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
			@Override
			public long getContentLengthLong() {
				return declared.toBytes();
			}

			@Override
			public ServletInputStream getInputStream() {
				throw new AssertionError("the body of a refused upload was read");
			}
		};
		request.setContentType("multipart/form-data; boundary=unread");
		return request;
	}

}
