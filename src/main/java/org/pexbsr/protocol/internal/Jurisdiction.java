package org.pexbsr.protocol.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * One jurisdiction's law on trafficking, as its file
 * {@code content/protocol/law/<code>.yaml} records it: the United Nations, the Council of
 * Europe, the European Union, or one of the ten member countries.
 *
 * @param code {@code INT}, {@code COE}, {@code EU} or an ISO 3166-1 alpha-2 code
 * @param name its name in English
 * @param nationalLanguage the language of its official text; {@code null} for the
 * international instruments
 * @param euMember whether it is a member of the European Union
 * @param boundBy the ids of the instruments that bind it
 * @param provisions its provisions on trafficking and related offences
 * @param authorities who investigates, prosecutes and identifies victims
 * @param referralMechanism its national referral mechanism, if it has one
 * @param file the file it was read from
 */
record Jurisdiction(String code, String name, @Nullable String nationalLanguage, boolean euMember, List<String> boundBy,
		List<Provision> provisions, List<Authority> authorities, @Nullable ReferralMechanism referralMechanism,
		@JsonIgnore String file) {

	static final List<String> INTERNATIONAL = List.of("INT", "EU", "COE");

	static final List<String> MEMBER_COUNTRIES = List.of("DK", "EE", "FI", "DE", "IS", "LV", "LT", "NO", "PL", "SE");

	@JsonIgnore
	public boolean isCountry() {
		return !INTERNATIONAL.contains(this.code);
	}

	/**
	 * Its name in a reader's language: a country as the JDK's CLDR data names it there
	 * ("Polska", "Німеччина"), an international instrument by its English name.
	 */
	public String nameIn(Locale locale) {
		if (!isCountry()) {
			return this.name;
		}
		String local = new Locale.Builder().setRegion(this.code).build().getDisplayCountry(locale);
		return (local.isEmpty() || local.equals(this.code)) ? this.name : local;
	}

	/** The main trafficking offence: the first provision of kind {@code trafficking}. */
	public Optional<Provision> mainOffence() {
		return this.provisions.stream().filter((provision) -> "trafficking".equals(provision.kind())).findFirst();
	}

	/**
	 * One provision.
	 *
	 * @param childWithoutMeansUnder the age under which no means is required, or
	 * {@code null} where the provision has no such rule
	 * @param verified whether a source seen confirms the statement; when not, it is
	 * published marked "not verified" with the note
	 */
	record Provision(String id, String citation, String shortCitation, String title, String kind, String summary,
			Elements elements, @Nullable Integer childWithoutMeansUnder, String penalty,
			@Nullable LocalDate inForceSince, List<Source> sources, boolean verified,
			@Nullable String verificationNote) {

		/** The most recent date on which one of its sources was checked. */
		public @Nullable LocalDate lastChecked() {
			return this.sources.stream()
				.map(Source::checked)
				.filter(java.util.Objects::nonNull)
				.max(LocalDate::compareTo)
				.orElse(null);
		}

	}

	/** The elements of an offence as the text states them, in English. */
	record Elements(List<String> act, List<String> means, List<String> purpose) {

	}

	/** Where a statement can be checked. */
	record Source(String title, String url, @Nullable LocalDate checked) {

	}

	record Authority(String name, String role, @Nullable String url) {

	}

	record ReferralMechanism(String name, String summary, List<Contact> contacts, List<Source> sources) {

	}

	record Contact(String name, @Nullable String phone, @Nullable String url) {

	}

}
