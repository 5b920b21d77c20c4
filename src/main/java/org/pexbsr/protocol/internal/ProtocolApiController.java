package org.pexbsr.protocol.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.pexbsr.protocol.internal.Jurisdiction.Elements;
import org.pexbsr.protocol.internal.Jurisdiction.Provision;
import org.pexbsr.protocol.internal.Jurisdiction.Source;
import org.pexbsr.web.ResourceNotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The Investigation Protocol's JSON API: the jurisdictions, their provisions, and the
 * national editions as JSON for phone apps and as PDF for print.
 */
@RestController
@Tag(name = "Investigation Protocol", description = "Law on trafficking and the national editions of the guide")
class ProtocolApiController {

	private final ProtocolCatalogue catalogue;

	private final Editions editions;

	private final EditionPdf pdf;

	private final MessageSource messages;

	ProtocolApiController(ProtocolCatalogue catalogue, Editions editions, EditionPdf pdf, MessageSource messages) {
		this.catalogue = catalogue;
		this.editions = editions;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping("/api/v1/protocol/jurisdictions")
	@Operation(summary = "The jurisdictions with a law record: INT (United Nations), EU, COE (Council of Europe) "
			+ "and the ten member countries")
	List<JurisdictionSummary> jurisdictions() {
		return this.catalogue.files().jurisdictions().stream().map(JurisdictionSummary::of).toList();
	}

	@GetMapping("/api/v1/protocol/jurisdictions/{code}/provisions")
	@Operation(summary = "The provisions on trafficking in force in one jurisdiction, each with its citation, "
			+ "elements, age threshold, penalty, sources and whether a source confirms it")
	List<ProvisionDocument> provisions(@Parameter(
			description = "INT, EU, COE or an ISO 3166-1 alpha-2 code such as PL") @PathVariable String code) {
		Jurisdiction jurisdiction = this.catalogue.files()
			.jurisdiction(code.toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new JurisdictionNotFoundException(code));
		return jurisdiction.provisions()
			.stream()
			.map((provision) -> ProvisionDocument.of(jurisdiction, provision))
			.toList();
	}

	@GetMapping(path = "/api/v1/protocol/editions/{country:[A-Za-z]{2}}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A national edition as JSON, with an ETag; restricted chapters only for law-enforcement "
			+ "accounts, and the edition says when it leaves them out")
	ResponseEntity<EditionDocument> edition(@PathVariable String country, @Parameter(
			description = "language of the headings and interface; the national language when left out") @RequestParam(
					required = false) @Nullable String lang,
			WebRequest request) {
		Jurisdiction jurisdiction = this.editions.country(country);
		Edition edition = this.editions.edition(jurisdiction, this.editions.language(jurisdiction, lang),
				"edition " + jurisdiction.code() + " json");
		String etag = "\"" + edition.etag() + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).eTag(etag).build();
		}
		return ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(privately(edition))
			.body(EditionDocument.of(edition, notice(edition)));
	}

	@GetMapping(path = "/api/v1/protocol/editions/{country:[A-Za-z]{2}}.pdf",
			produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "A national edition as a tagged PDF with a table of contents and page numbers")
	ResponseEntity<byte[]> editionPdf(@PathVariable String country,
			@RequestParam(required = false) @Nullable String lang, WebRequest request) {
		Jurisdiction jurisdiction = this.editions.country(country);
		Edition edition = this.editions.edition(jurisdiction, this.editions.language(jurisdiction, lang),
				"edition " + jurisdiction.code() + " pdf");
		String etag = "\"" + edition.etag() + "-pdf\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).eTag(etag).build();
		}
		String name = "pex-bsr-protocol-" + jurisdiction.code().toLowerCase(Locale.ROOT) + "-"
				+ edition.language().tag() + "-v" + edition.release().version() + ".pdf";
		return ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(privately(edition))
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.inline().filename(name).build().toString())
			.body(this.pdf.render(edition));
	}

	@GetMapping("/api/v1/protocol/editions/{country:[A-Za-z]{2}}/offline")
	@Operation(summary = "What a browser stores to keep the edition readable offline: its pages and assets, and "
			+ "its version and date")
	OfflineManifest offline(@PathVariable String country, @RequestParam(required = false) @Nullable String lang) {
		Jurisdiction jurisdiction = this.editions.country(country);
		Edition edition = this.editions.edition(jurisdiction, this.editions.language(jurisdiction, lang),
				"edition " + jurisdiction.code() + " offline list");
		return OfflineManifest.of(edition);
	}

	/**
	 * An edition with restricted chapters stays out of the browser's cache, which would
	 * keep it on disk and show it after signing out; an app keeps its own copy and may
	 * still send its ETag.
	 */
	private static CacheControl privately(Edition edition) {
		return edition.restrictedIncluded() ? CacheControl.noStore().cachePrivate()
				: CacheControl.noCache().cachePrivate();
	}

	private List<String> notice(Edition edition) {
		Locale locale = edition.language().locale();
		List<String> notice = new ArrayList<>();
		notice.add(this.messages.getMessage("protocol.edition.languageNotice", new Object[] { edition.languageName() },
				locale));
		if (!edition.untranslated().isEmpty()) {
			notice.add(this.messages.getMessage("protocol.edition.untranslated",
					new Object[] { edition.untranslated().size() }, locale));
		}
		if (!edition.omitted().isEmpty()) {
			notice.add(this.messages.getMessage("protocol.edition.omitted",
					new Object[] { String.join(", ", edition.omitted()) }, locale));
		}
		return notice;
	}

	/**
	 * @param provisions how many provisions its record has
	 */
	record JurisdictionSummary(String code, String name, @Nullable String nationalLanguage, boolean euMember,
			List<String> boundBy, int provisions, String provisionsHref) {

		static JurisdictionSummary of(Jurisdiction jurisdiction) {
			return new JurisdictionSummary(jurisdiction.code(), jurisdiction.name(), jurisdiction.nationalLanguage(),
					jurisdiction.euMember(), jurisdiction.boundBy(), jurisdiction.provisions().size(),
					"/api/v1/protocol/jurisdictions/" + jurisdiction.code() + "/provisions");
		}

	}

	/**
	 * One provision as the API sends it.
	 *
	 * @param childWithoutMeansUnder the age under which no means is required, or
	 * {@code null} where the provision has no such rule
	 * @param checked the most recent date on which one of its sources was checked
	 * @param verified whether a source seen confirms the statement; when {@code false}
	 * the note says what could not be confirmed
	 */
	record ProvisionDocument(String jurisdiction, String id, String citation, String shortCitation, String title,
			String kind, String summary, Elements elements, @Nullable Integer childWithoutMeansUnder, String penalty,
			@Nullable LocalDate inForceSince, List<Source> sources, @Nullable LocalDate checked, boolean verified,
			@Nullable String verificationNote) {

		static ProvisionDocument of(Jurisdiction jurisdiction, Provision provision) {
			return new ProvisionDocument(jurisdiction.code(), provision.id(), provision.citation(),
					provision.shortCitation(), provision.title(), provision.kind(), provision.summary(),
					provision.elements(), provision.childWithoutMeansUnder(), provision.penalty(),
					provision.inForceSince(), provision.sources(), provision.lastChecked(), provision.verified(),
					provision.verificationNote());
		}

	}

	static class JurisdictionNotFoundException extends ResourceNotFoundException {

		JurisdictionNotFoundException(String code) {
			super("There is no jurisdiction '" + code + "'; the codes are INT, EU, COE and "
					+ String.join(", ", Jurisdiction.MEMBER_COUNTRIES));
		}

	}

}
