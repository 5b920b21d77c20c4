package org.pexbsr.protocol.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.pexbsr.content.ContentFileRejected;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One mapping of a YAML record, read field by field. Every mistake is refused with the
 * file and the path of the field ({@code provisions[2].sources[0].checked}), so that a
 * writer can fix it from the message alone. Unknown fields are refused too: they are
 * nearly always a misspelt name.
 */
final class YamlFields {

	private final String file;

	private final String path;

	private final Map<String, Object> values;

	private YamlFields(String file, String path, Map<String, Object> values) {
		this.file = file;
		this.path = path;
		this.values = values;
	}

	/** The top-level mapping of a file. */
	static YamlFields parse(String file, String text) {
		Object parsed;
		try {
			parsed = yaml().load(text);
		}
		catch (MarkedYAMLException ex) {
			throw new ContentFileRejected(file, null,
					"it is not valid YAML (line " + (ex.getProblemMark().getLine() + 1) + "): " + ex.getProblem());
		}
		catch (YAMLException ex) {
			throw new ContentFileRejected(file, null, "it is not valid YAML: " + ex.getMessage());
		}
		if (!(parsed instanceof Map<?, ?> map)) {
			throw new ContentFileRejected(file, null, "it must be a set of key: value lines");
		}
		return new YamlFields(file, "", stringKeys(map));
	}

	/**
	 * YAML 1.2 booleans: only {@code true} and {@code false}, so that Norway's code
	 * {@code NO} and the answer {@code yes} stay text.
	 */
	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(20);
		return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, new CoreSchemaResolver());
	}

	String file() {
		return this.file;
	}

	ContentFileRejected reject(String key, String reason) {
		return new ContentFileRejected(this.file, fieldPath(key), reason);
	}

	/** Refuses any field not in the list. */
	YamlFields allowOnly(String... keys) {
		Set<String> allowed = Set.of(keys);
		for (String key : this.values.keySet()) {
			if (!allowed.contains(key)) {
				throw reject(key, "is not a field of this record (the fields are " + String.join(", ", keys)
						+ "; see content/protocol/FORMAT.md)");
			}
		}
		return this;
	}

	boolean has(String key) {
		return this.values.get(key) != null;
	}

	String text(String key) {
		String value = optionalText(key);
		if (value == null) {
			throw reject(key, "is missing; it is required");
		}
		return value;
	}

	@Nullable String optionalText(String key) {
		Object value = this.values.get(key);
		if (value == null) {
			return null;
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		if (!(value instanceof String text)) {
			throw reject(key, "must be text, not " + describe(value));
		}
		if (text.isBlank()) {
			throw reject(key, "is empty; write the text or leave the field out");
		}
		return text.strip();
	}

	String oneOf(String key, List<String> allowed) {
		String value = text(key);
		return checkOneOf(key, value, allowed);
	}

	@Nullable String optionalOneOf(String key, List<String> allowed) {
		String value = optionalText(key);
		return (value != null) ? checkOneOf(key, value, allowed) : null;
	}

	private String checkOneOf(String key, String value, List<String> allowed) {
		if (!allowed.contains(value)) {
			throw reject(key, "is '" + value + "'; it must be one of " + String.join(", ", allowed));
		}
		return value;
	}

	String matching(String key, Pattern pattern, String rule) {
		String value = text(key);
		if (!pattern.matcher(value).matches()) {
			throw reject(key, "is '" + value + "'; " + rule);
		}
		return value;
	}

	boolean bool(String key) {
		Object value = this.values.get(key);
		if (!(value instanceof Boolean flag)) {
			throw reject(key, (value == null) ? "is missing; write true or false"
					: "must be true or false, not " + describe(value));
		}
		return flag;
	}

	boolean bool(String key, boolean otherwise) {
		return has(key) ? bool(key) : otherwise;
	}

	/** A whole number, or {@code null} where the field is absent or null. */
	@Nullable Integer optionalWholeNumber(String key, int min, int max) {
		Object value = this.values.get(key);
		if (value == null) {
			return null;
		}
		if (!(value instanceof Integer number) || number < min || number > max) {
			throw reject(key, "must be a whole number from " + min + " to " + max + " or null, not " + describe(value));
		}
		return number;
	}

	LocalDate date(String key) {
		LocalDate date = optionalDate(key);
		if (date == null) {
			throw reject(key, "is missing; write the date as YYYY-MM-DD");
		}
		return date;
	}

	@Nullable LocalDate optionalDate(String key) {
		Object value = this.values.get(key);
		if (value == null) {
			return null;
		}
		if (value instanceof Date date) {
			return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		}
		try {
			return LocalDate.parse(value.toString().strip());
		}
		catch (DateTimeParseException ex) {
			throw reject(key, "must be a date written as YYYY-MM-DD, not '" + value + "'");
		}
	}

	/** A list of texts, which may be empty; an absent field is an empty list. */
	List<String> texts(String key) {
		Object value = this.values.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw reject(key, "must be a list, such as [a, b] or lines starting with '- '");
		}
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			Object item = list.get(i);
			if (!(item instanceof String || item instanceof Number) || item.toString().isBlank()) {
				throw reject(key + "[" + i + "]", "must be text, not " + describe(item));
			}
			texts.add(item.toString().strip());
		}
		return List.copyOf(texts);
	}

	List<String> requiredTexts(String key) {
		List<String> texts = texts(key);
		if (texts.isEmpty()) {
			throw reject(key, "is missing or empty; it needs at least one entry");
		}
		return texts;
	}

	YamlFields object(String key) {
		YamlFields object = optionalObject(key);
		if (object == null) {
			throw reject(key, "is missing; it is required");
		}
		return object;
	}

	@Nullable YamlFields optionalObject(String key) {
		Object value = this.values.get(key);
		if (value == null) {
			return null;
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw reject(key, "must be a set of key: value lines, not " + describe(value));
		}
		return new YamlFields(this.file, fieldPath(key), stringKeys(map));
	}

	/** A list of records; an absent field is an empty list. */
	List<YamlFields> objects(String key) {
		Object value = this.values.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw reject(key, "must be a list of records, each starting with '- '");
		}
		List<YamlFields> objects = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			String itemPath = key + "[" + i + "]";
			if (!(list.get(i) instanceof Map<?, ?> map)) {
				throw reject(itemPath, "must be a set of key: value lines, not " + describe(list.get(i)));
			}
			objects.add(new YamlFields(this.file, fieldPath(itemPath), stringKeys(map)));
		}
		return objects;
	}

	List<YamlFields> requiredObjects(String key) {
		List<YamlFields> objects = objects(key);
		if (objects.isEmpty()) {
			throw reject(key, "is missing or empty; it needs at least one entry");
		}
		return objects;
	}

	private String fieldPath(String key) {
		return this.path.isEmpty() ? key : this.path + "." + key;
	}

	private static Map<String, Object> stringKeys(Map<?, ?> map) {
		Map<String, Object> result = new LinkedHashMap<>();
		map.forEach((key, value) -> result.put(String.valueOf(key), value));
		return result;
	}

	private static String describe(@Nullable Object value) {
		if (value == null) {
			return "nothing";
		}
		if (value instanceof Map) {
			return "a set of key: value lines";
		}
		if (value instanceof List) {
			return "a list";
		}
		if (value instanceof Boolean) {
			return "true/false (" + value + ")";
		}
		return "'" + value + "'";
	}

	/** YAML 1.2's core schema for booleans; the rest as YAML 1.1. */
	private static final class CoreSchemaResolver extends Resolver {

		private static final Pattern CORE_BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.BOOL, CORE_BOOL, "tTfF");
			addImplicitResolver(Tag.INT, INT, "-+0123456789");
			addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
			addImplicitResolver(Tag.MERGE, MERGE, "<");
			addImplicitResolver(Tag.NULL, NULL, "~nN\0");
			addImplicitResolver(Tag.NULL, EMPTY, null);
			addImplicitResolver(Tag.TIMESTAMP, TIMESTAMP, "0123456789");
		}

	}

}
