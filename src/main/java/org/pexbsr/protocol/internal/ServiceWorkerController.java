package org.pexbsr.protocol.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the service worker that keeps national editions readable offline from the site
 * root, so that its scope covers the edition pages, the assets they need and the sign-out
 * form (where it forgets restricted copies). Browsers check it for updates on every
 * visit, so it is never cached.
 */
@Controller
class ServiceWorkerController {

	static final String PATH = "/protocol-service-worker.js";

	private final byte[] script;

	ServiceWorkerController() {
		try (InputStream in = new ClassPathResource("static/js/protocol-service-worker.js").getInputStream()) {
			this.script = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The service worker script is missing from the application", ex);
		}
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> serviceWorker() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "javascript", java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.header("Service-Worker-Allowed", "/")
			.body(this.script);
	}

}
