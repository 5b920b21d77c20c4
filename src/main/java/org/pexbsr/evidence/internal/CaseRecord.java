package org.pexbsr.evidence.internal;

import org.jspecify.annotations.Nullable;

/**
 * One person's record in a case-level dataset such as CTDC's, as the publisher anonymised
 * it, with every value the source leaves unknown as {@code null}. Stored in
 * {@code evidence_case_record}; never shown one by one.
 *
 * @param line the line of the file it was read from
 * @param registrationYear the year the case was registered
 * @param dataSource how the publisher came to know of it, such as {@code Case Management}
 * @param gender as the source records it
 * @param ageBroad an age band such as {@code 18-20}
 * @param majorityStatus {@code Adult} or {@code Minor}
 * @param citizenship ISO 3166-1 alpha-2
 * @param countryOfExploitation ISO 3166-1 alpha-2
 * @param sexualExploitation whether the person was exploited sexually
 * @param forcedLabour whether the person was exploited in forced labour
 * @param otherExploitation whether there was another form of exploitation
 * @param exploitationTypes the forms of exploitation, as the source lists them
 * @param sexExploitationTypes the forms of sexual exploitation, as the source lists them
 * @param meansOfControl the means of control, as the source lists them
 * @param recruiterRelationship the recruiter's relation to the person, as the source
 * lists it
 */
record CaseRecord(int line, @Nullable String registrationYear, @Nullable String dataSource, @Nullable String gender,
		@Nullable String ageBroad, @Nullable String majorityStatus, @Nullable String citizenship,
		@Nullable String countryOfExploitation, @Nullable Boolean sexualExploitation, @Nullable Boolean forcedLabour,
		@Nullable Boolean otherExploitation, @Nullable String exploitationTypes, @Nullable String sexExploitationTypes,
		@Nullable String meansOfControl, @Nullable String recruiterRelationship) {

}
