package org.pexbsr;

import java.time.Clock;

import org.pexbsr.evidence.DatasetImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The PEX-BSR Platform: one application for the four lines of work of the programme
 * against trafficking in human beings for sexual exploitation in the Baltic Sea Region.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PexPlatformApplication {

	public static void main(String[] args) {
		if (DatasetImportCommand.isInvoked(args)) {
			System.exit(DatasetImportCommand.run(PexPlatformApplication.class, args));
		}
		SpringApplication.run(PexPlatformApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
