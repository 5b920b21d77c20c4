package org.pexbsr.content.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a content file: YAML front matter between two {@code ---} lines, then Markdown. A
 * file without a title or with broken front matter is refused with the file's name and
 * the reason.
 */
class SourceDocumentParser {

	private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R?(.*)\\z", Pattern.DOTALL);

	private static final Pattern ORDER_PREFIX = Pattern.compile("^[0-9]+[-_]");

	static SourceDocument parse(String collection, String lang, String fileName, byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
		Matcher matcher = FRONT_MATTER.matcher(text);
		if (!matcher.matches()) {
			throw new InvalidContentException(fileName, "it does not start with front matter between two --- lines");
		}
		String yaml = matcher.group(1);
		Map<String, Object> frontMatter = parseYaml(fileName, yaml);
		String title = stringOf(frontMatter.get("title"));
		if (title == null || title.isBlank()) {
			throw new InvalidContentException(fileName, "the front matter has no title");
		}
		String slug = stringOf(frontMatter.get("slug"));
		if (slug == null) {
			String baseName = fileName.substring(fileName.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
			slug = ORDER_PREFIX.matcher(baseName).replaceFirst("");
		}
		return new SourceDocument(collection, lang, slug, title.strip(), stringOf(frontMatter.get("summary")),
				intOf(fileName, frontMatter.get("order")), Boolean.TRUE.equals(frontMatter.get("restricted")), yaml,
				frontMatter, matcher.group(2), sha256(bytes), fileName);
	}

	static Map<String, Object> parseYaml(String fileName, String yaml) {
		try {
			Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
			if (parsed == null) {
				return Map.of();
			}
			if (!(parsed instanceof Map<?, ?> map)) {
				throw new InvalidContentException(fileName, "the front matter is not a set of key: value lines");
			}
			Map<String, Object> result = new LinkedHashMap<>();
			map.forEach((key, value) -> result.put(String.valueOf(key), value));
			return result;
		}
		catch (YAMLException ex) {
			throw new InvalidContentException(fileName, "the front matter is not valid YAML: " + ex.getMessage());
		}
	}

	private static String stringOf(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static int intOf(String fileName, Object value) {
		if (value == null) {
			return 0;
		}
		if (value instanceof Number number) {
			return number.intValue();
		}
		throw new InvalidContentException(fileName, "order must be a whole number, not '" + value + "'");
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
