package org.pexbsr.web.internal;

import java.lang.management.ManagementFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says once, when everything at start-up is done (data imports included), where the
 * platform listens and how long it took to get there.
 */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		String port = environment.getProperty("local.server.port", "(no web server)");
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		log.info("PEX-BSR Platform ready on port {} after {} ms (data directory {})", port, uptime,
				environment.getProperty("pex.data-dir"));
	}

}
