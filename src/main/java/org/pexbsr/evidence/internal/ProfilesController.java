package org.pexbsr.evidence.internal;

import java.util.List;
import java.util.Locale;

import org.pexbsr.web.ResourceNotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The country profiles and the regional overview.
 */
@Controller
class ProfilesController {

	private final CountryProfiles profiles;

	private final RegionalOverview region;

	ProfilesController(CountryProfiles profiles, RegionalOverview region) {
		this.profiles = profiles;
		this.region = region;
	}

	@GetMapping("/evidence/countries")
	String countries(Locale locale, Model model) {
		List<ExplorerController.Choice> countries = MemberCountries.CODES.stream()
			.map((geo) -> new ExplorerController.Choice(geo.toLowerCase(Locale.ROOT),
					ExplorerService.countryName(geo, locale), false))
			.sorted(java.util.Comparator.comparing(ExplorerController.Choice::label,
					java.text.Collator.getInstance(locale)))
			.toList();
		model.addAttribute("countries", countries);
		model.addAttribute("glotip", this.profiles.glotip().orElse(null));
		return "evidence/countries";
	}

	@GetMapping("/evidence/countries/{geo}")
	String country(@PathVariable String geo, Locale locale, Model model) {
		model.addAttribute("profile", this.profiles.profile(geo.toUpperCase(Locale.ROOT), locale));
		model.addAttribute("format", new FigureFormat(locale));
		return "evidence/country";
	}

	@GetMapping("/evidence/region")
	String region(Locale locale, Model model) {
		RegionalOverview.Overview overview = this.region.overview(locale)
			.orElseThrow(() -> new ResourceNotFoundException("The GLOTIP dataset has not been imported"));
		model.addAttribute("overview", overview);
		model.addAttribute("format", new FigureFormat(locale));
		model.addAttribute("explorer", CountryProfiles.view(String.join(",", RegionalOverview.MEMBERS),
				overview.years(), GlotipFigures.VICTIMS, "Total", "Total", "Total", "Total"));
		return "evidence/region";
	}

}
