package org.pexbsr.schools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The helplines the school and youth pages list, read once from
 * {@code content/schools/helplines.yaml}. The file holds only numbers a source confirmed;
 * a file that lacks a field fails the start, naming the country and the line, rather than
 * showing a young person a line without its number or source.
 */
@Component
class Helplines {

	static final String FILE = "content/schools/helplines.yaml";

	private final Helpline emergency;

	private final List<CountryLines> countries;

	Helplines() {
		Map<String, Object> root = read();
		this.emergency = line(field(root, "emergency", "the file"), "emergency");
		List<CountryLines> countries = new ArrayList<>();
		Map<?, Object> byCountry = field(root, "countries", "the file");
		byCountry.forEach((key, lines) -> {
			// YAML reads an unquoted NO as false: the file quotes its country codes.
			if (!(key instanceof String code) || !code.matches("[A-Z]{2}")) {
				throw new IllegalStateException(FILE + ": the country " + key + " is not a quoted ISO code");
			}
			List<Helpline> helplines = new ArrayList<>();
			for (Object line : (List<?>) lines) {
				helplines.add(line(cast(line), code));
			}
			countries.add(new CountryLines(code, List.copyOf(helplines)));
		});
		this.countries = List.copyOf(countries);
	}

	Helpline emergency() {
		return this.emergency;
	}

	List<CountryLines> countries() {
		return this.countries;
	}

	private static Map<String, Object> read() {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + FILE, ex);
		}
	}

	private static Helpline line(Map<String, Object> line, String where) {
		String number = text(line, "number", where);
		String service = line.containsKey("service") ? text(line, "service", where) : null;
		return new Helpline(service, number, text(line, "note", where), text(line, "source", where));
	}

	private static String text(Map<String, Object> line, String name, String where) {
		Object value = line.get(name);
		if (value == null || value.toString().isBlank()) {
			throw new IllegalStateException(FILE + ": a line of " + where + " has no " + name);
		}
		return value.toString();
	}

	private static Map<String, Object> field(Map<?, Object> map, String name, String where) {
		Object value = map.get(name);
		if (value == null) {
			throw new IllegalStateException(FILE + ": " + where + " has no " + name);
		}
		return cast(value);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Object value) {
		return (Map<String, Object>) value;
	}

	/**
	 * One line: who answers, the number to call, when and in which languages, and where
	 * that was read.
	 */
	record Helpline(String service, String number, String note, String source) {

		/**
		 * The number as a {@code tel:} address, so that a phone dials it with one tap.
		 */
		public String dial() {
			return "tel:" + this.number.replaceAll("[^+0-9]", "");
		}

		public boolean sourceIsAddress() {
			return this.source.startsWith("https://");
		}

	}

	record CountryLines(String code, List<Helpline> lines) {

		public String name(Locale locale) {
			return new Locale("", this.code).getDisplayCountry(locale);
		}

	}

}
