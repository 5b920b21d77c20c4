package org.pexbsr.protocol.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.pexbsr.content.ContentFileRejected;
import org.pexbsr.content.RepositoryFile;
import org.pexbsr.protocol.internal.Checklist.Item;
import org.pexbsr.protocol.internal.Checklist.Section;
import org.pexbsr.protocol.internal.Indicators.Group;
import org.pexbsr.protocol.internal.Indicators.Indicator;
import org.pexbsr.protocol.internal.Indicators.IndicatorSource;
import org.pexbsr.protocol.internal.Jurisdiction.Authority;
import org.pexbsr.protocol.internal.Jurisdiction.Contact;
import org.pexbsr.protocol.internal.Jurisdiction.Elements;
import org.pexbsr.protocol.internal.Jurisdiction.Provision;
import org.pexbsr.protocol.internal.Jurisdiction.ReferralMechanism;
import org.pexbsr.protocol.internal.Jurisdiction.Source;

/**
 * Reads one of the Investigation Protocol's structured files into its record, keeping to
 * {@code content/protocol/FORMAT.md}: the national-law records, the indicators and the
 * checklists. What one file can say about itself is checked here; what files say about
 * each other is checked by {@link ProtocolFilesReader}.
 */
final class ProtocolFileParser {

	static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final String ID_RULE = "an id has lower-case letters, digits and single hyphens only";

	static final List<String> KINDS = List.of("trafficking", "aggravated-trafficking", "definition",
			"forced-prostitution", "procuring", "buying-sex", "child-sexual-exploitation", "forced-labour",
			"victim-protection", "other");

	private static final Pattern LAW_FILE = Pattern.compile("protocol/law/([a-z]+)\\.yaml");

	private static final Pattern CHECKLIST_FILE = Pattern.compile("protocol/checklists/([a-z0-9-]+)\\.yaml");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	private ProtocolFileParser() {
	}

	static boolean isLaw(RepositoryFile file) {
		return LAW_FILE.matcher(file.path()).matches();
	}

	static boolean isIndicators(RepositoryFile file) {
		return file.path().equals("protocol/indicators.yaml");
	}

	static boolean isChecklist(RepositoryFile file) {
		return CHECKLIST_FILE.matcher(file.path()).matches();
	}

	static Jurisdiction jurisdiction(RepositoryFile file) {
		YamlFields record = YamlFields.parse(file.path(), file.text())
			.allowOnly("code", "name", "national_language", "eu_member", "bound_by", "provisions", "authorities",
					"referral_mechanism");
		String code = record.text("code").toUpperCase(Locale.ROOT);
		var name = LAW_FILE.matcher(file.path());
		name.matches();
		if (!Jurisdiction.INTERNATIONAL.contains(code) && !Jurisdiction.MEMBER_COUNTRIES.contains(code)) {
			throw record.reject("code", "is '" + code + "'; it must be INT, COE, EU or one of "
					+ String.join(", ", Jurisdiction.MEMBER_COUNTRIES));
		}
		if (!name.group(1).equals(code.toLowerCase(Locale.ROOT))) {
			throw record.reject("code", "is '" + code + "', but the file is named " + name.group(1)
					+ ".yaml; name the file after the code in lower case");
		}
		boolean country = !Jurisdiction.INTERNATIONAL.contains(code);
		String language = record.optionalText("national_language");
		if (country && language == null) {
			throw record.reject("national_language",
					"is missing; a country's record names the language of its " + "official text, such as pl");
		}
		if (language != null && !LANGUAGE.matcher(language).matches()) {
			throw record.reject("national_language", "is '" + language + "'; write a two-letter language code");
		}
		List<Provision> provisions = new ArrayList<>();
		for (YamlFields provision : record.requiredObjects("provisions")) {
			provisions.add(provision(provision));
		}
		List<Authority> authorities = record.objects("authorities")
			.stream()
			.map((authority) -> authority.allowOnly("name", "role", "url"))
			.map((authority) -> new Authority(authority.text("name"), authority.text("role"),
					authority.optionalText("url")))
			.toList();
		YamlFields mechanism = record.optionalObject("referral_mechanism");
		return new Jurisdiction(code, record.text("name"), language, record.bool("eu_member", false),
				record.texts("bound_by"), List.copyOf(provisions), authorities,
				(mechanism != null) ? referralMechanism(mechanism) : null, file.path());
	}

	private static Provision provision(YamlFields provision) {
		provision.allowOnly("id", "citation", "short_citation", "title", "kind", "summary", "elements",
				"child_without_means_under", "penalty", "in_force_since", "sources", "verified", "verification_note");
		YamlFields elements = provision.object("elements").allowOnly("act", "means", "purpose");
		boolean verified = provision.bool("verified");
		String note = provision.optionalText("verification_note");
		if (!verified && note == null) {
			throw provision.reject("verification_note", "is missing; a statement with verified: false needs a note "
					+ "that says which part could not be confirmed and where to check it");
		}
		return new Provision(provision.matching("id", ID, ID_RULE), provision.text("citation"),
				provision.text("short_citation"), provision.text("title"), provision.oneOf("kind", KINDS),
				provision.text("summary"),
				new Elements(elements.texts("act"), elements.texts("means"), elements.texts("purpose")),
				provision.optionalWholeNumber("child_without_means_under", 1, 25), provision.text("penalty"),
				provision.optionalDate("in_force_since"), sources(provision), verified, note);
	}

	private static List<Source> sources(YamlFields owner) {
		return owner.requiredObjects("sources")
			.stream()
			.map((source) -> source.allowOnly("title", "url", "checked"))
			.map((source) -> new Source(source.text("title"), url(source), source.date("checked")))
			.toList();
	}

	private static String url(YamlFields source) {
		String url = source.text("url");
		if (!url.startsWith("https://") && !url.startsWith("http://")) {
			throw source.reject("url", "is '" + url + "'; it must be a web address starting with https://");
		}
		return url;
	}

	private static ReferralMechanism referralMechanism(YamlFields mechanism) {
		mechanism.allowOnly("name", "summary", "contacts", "sources");
		List<Contact> contacts = mechanism.objects("contacts")
			.stream()
			.map((contact) -> contact.allowOnly("name", "phone", "url"))
			.map((contact) -> new Contact(contact.text("name"), contact.optionalText("phone"),
					contact.optionalText("url")))
			.toList();
		return new ReferralMechanism(mechanism.text("name"), mechanism.text("summary"), contacts, sources(mechanism));
	}

	static Indicators indicators(RepositoryFile file) {
		YamlFields record = YamlFields.parse(file.path(), file.text())
			.allowOnly("sources", "lists", "dimensions", "indicators");
		List<IndicatorSource> sources = record.requiredObjects("sources")
			.stream()
			.map((source) -> source.allowOnly("id", "title", "url"))
			.map((source) -> new IndicatorSource(source.matching("id", ID, ID_RULE), source.text("title"),
					source.optionalText("url")))
			.toList();
		List<Group> lists = groups(record, "lists");
		List<Group> dimensions = groups(record, "dimensions");
		List<Indicator> indicators = new ArrayList<>();
		for (YamlFields indicator : record.requiredObjects("indicators")) {
			indicators.add(indicator(indicator));
		}
		return new Indicators(sources, lists, dimensions, List.copyOf(indicators), file.path());
	}

	private static List<Group> groups(YamlFields record, String key) {
		return record.requiredObjects(key).stream().map((group) -> group.allowOnly("id", "title")).map((group) -> {
			String id = group.matching("id", ID, ID_RULE);
			String title = group.has("title") ? group.text("title") : titleFromId(id);
			return new Group(id, title);
		}).toList();
	}

	/** {@code coercive-recruitment} becomes "Coercive recruitment". */
	static String titleFromId(String id) {
		String words = id.replace('-', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static Indicator indicator(YamlFields indicator) {
		indicator.allowOnly("id", "list", "dimension", "strength", "text", "proves", "means", "look_for",
				"checklist_items", "source");
		String proves = indicator.oneOf("proves", Indicators.ELEMENTS);
		String means = indicator.optionalOneOf("means", Indicators.MEANS);
		if (means != null && !"means".equals(proves)) {
			throw indicator.reject("means",
					"is given, but the indicator proves " + proves + "; name a means only for proves: means");
		}
		return new Indicator(indicator.matching("id", ID, ID_RULE), indicator.text("list"), indicator.text("dimension"),
				indicator.optionalOneOf("strength", Indicators.STRENGTHS), indicator.text("text"), proves, means,
				indicator.optionalText("look_for"), indicator.texts("checklist_items"), indicator.text("source"));
	}

	static Checklist checklist(RepositoryFile file) {
		YamlFields record = YamlFields.parse(file.path(), file.text())
			.allowOnly("id", "title", "chapter", "restricted", "sections");
		var name = CHECKLIST_FILE.matcher(file.path());
		name.matches();
		String id = record.matching("id", ID, ID_RULE);
		if (!id.equals(name.group(1))) {
			throw record.reject("id",
					"is '" + id + "', but the file is named " + name.group(1) + ".yaml; name the file after the id");
		}
		String chapter = record.text("chapter");
		Chapters.Chapter known = Chapters.of(chapter)
			.orElseThrow(() -> record.reject("chapter", "is '" + chapter + "'; it must be the slug of a chapter "
					+ "listed in content/protocol/FORMAT.md"));
		boolean restricted = record.bool("restricted");
		if (known.restricted() && !restricted) {
			throw record.reject("restricted", "is false, but the chapter " + chapter + " is restricted; a "
					+ "checklist of a restricted chapter must be restricted: true");
		}
		List<Section> sections = new ArrayList<>();
		for (YamlFields section : record.requiredObjects("sections")) {
			section.allowOnly("title", "items");
			List<Item> items = section.requiredObjects("items")
				.stream()
				.map((item) -> item.allowOnly("id", "text", "detail", "indicators"))
				.map((item) -> new Item(item.matching("id", ID, ID_RULE), item.text("text"),
						item.optionalText("detail"), item.texts("indicators")))
				.toList();
			sections.add(new Section(section.text("title"), items));
		}
		return new Checklist(id, record.text("title"), chapter, restricted, List.copyOf(sections), file.path());
	}

	static ContentFileRejected unknownFile(RepositoryFile file) {
		return new ContentFileRejected(file.path(), null,
				"is not one of the Investigation Protocol's files: "
						+ "law records go in law/<code>.yaml, checklists in checklists/<id>.yaml, the indicators in "
						+ "indicators.yaml (see content/protocol/FORMAT.md)");
	}

}
