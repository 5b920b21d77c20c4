package org.pexbsr;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the modules to their boundaries: no module reaches into another's
 * {@code internal} package and there are no cycles. Also writes the module documentation
 * to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PexPlatformApplication.class);

	@Test
	void keepsEveryModuleToItsPublicFace() {
		this.modules.verify();
	}

	@Test
	void findsTheModulesOfTheDesign() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("content",
				"protocol", "training", "evidence", "schools", "identity", "web");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
