package org.pexbsr.evidence.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The evidence overview page: detected victims in the member countries and Ukraine, with
 * source and flags.
 */
@Controller
class EvidenceController {

	static final Map<String, List<String>> DETECTED_VICTIMS_TOTAL = Map.of("indicator",
			List.of("Detected trafficking victims"), "dimension", List.of("Total"), "category", List.of("Total"), "sex",
			List.of("Total"), "age", List.of("Total"));

	private final EvidenceQueries queries;

	EvidenceController(EvidenceQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/evidence")
	String overview(Locale locale, Model model) {
		model.addAttribute("datasets", this.queries.datasets());
		this.queries.dataset(GlotipReader.DATASET.code()).ifPresent((glotip) -> {
			List<Observation> victims = this.queries.observations(new ObservationQuery(glotip.code(), null,
					MemberCountries.CODES, List.of(), DETECTED_VICTIMS_TOTAL, EvidenceApiController.MAX_LIMIT, 0));
			model.addAttribute("glotip", glotip);
			model.addAttribute("victims", VictimsTable.of(victims, MemberCountries.CODES, locale));
		});
		return "evidence/overview";
	}

}
