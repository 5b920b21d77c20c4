package org.pexbsr.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.pexbsr.web.Language;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the interface translated: every bundle exists in every language, every language
 * has every English key and no other, placeholders and apostrophes survive MessageFormat,
 * and templates hold no text outside message keys.
 */
class MessageBundlesTests {

	private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9]+}");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	@Test
	void hasEveryBundleInEveryLanguage() throws IOException {
		for (String bundle : bundles()) {
			for (Language language : Language.ALL) {
				String name = language.equals(Language.ENGLISH) ? bundle + ".properties"
						: bundle + "_" + language.tag() + ".properties";
				assertThat(new ClassPathResource(name).exists()).as(name).isTrue();
			}
		}
	}

	@Test
	void translatesNoKeyThatEnglishLacksAndKeepsPlaceholders() throws IOException {
		for (String bundle : bundles()) {
			Properties english = load(bundle + ".properties");
			for (Language language : Language.ALL) {
				Properties translated = load(bundle + "_" + language.tag() + ".properties");
				assertThat(translated.stringPropertyNames()).as("%s_%s", bundle, language.tag())
					.isSubsetOf(english.stringPropertyNames());
				for (String key : translated.stringPropertyNames()) {
					assertThat(placeholders(translated.getProperty(key))).as("%s in %s_%s", key, bundle, language.tag())
						.isEqualTo(placeholders(english.getProperty(key)));
				}
			}
		}
	}

	@Test
	void translatesEveryKeyIntoEveryLanguage() throws IOException {
		Map<String, Set<String>> missing = new TreeMap<>();
		for (String bundle : bundles()) {
			Set<String> english = load(bundle + ".properties").stringPropertyNames();
			for (Language language : translations()) {
				String name = bundle + "_" + language.tag() + ".properties";
				Set<String> lacking = new TreeSet<>(english);
				lacking.removeAll(load(name).stringPropertyNames());
				if (!lacking.isEmpty()) {
					missing.put(name, lacking);
				}
			}
		}
		assertThat(missing).as("English keys to translate, by file").isEmpty();
	}

	/**
	 * A message with placeholders goes through MessageFormat, which drops a single
	 * apostrophe and reads on as quoted text, so there it must be doubled; a message
	 * without placeholders is shown as written, so there a doubled one would show twice.
	 */
	@Test
	void writesApostrophesAsMessageFormatReadsThem() throws IOException {
		List<String> misread = new ArrayList<>();
		for (String bundle : bundles()) {
			for (Language language : Language.ALL) {
				String name = language.equals(Language.ENGLISH) ? bundle + ".properties"
						: bundle + "_" + language.tag() + ".properties";
				Properties messages = load(name);
				for (String key : messages.stringPropertyNames()) {
					if (!readsAsWritten(messages.getProperty(key), language)) {
						misread.add(key + " in " + name);
					}
				}
			}
		}
		assertThat(misread).as("apostrophes MessageFormat misreads: write '' only in a message with placeholders")
			.isEmpty();
	}

	@Test
	void usesOnlyKeysThatExistInEnglish() throws IOException {
		Set<String> known = new TreeSet<>();
		for (String bundle : bundles()) {
			known.addAll(load(bundle + ".properties").stringPropertyNames());
		}
		for (Resource template : templates()) {
			Matcher keys = KEY_IN_TEMPLATE.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (keys.find()) {
				assertThat(known).as("key in %s", template.getFilename()).contains(keys.group(1));
			}
		}
	}

	@Test
	void keepsTextInTemplatesOnlyAsPlaceholdersOfMessages() throws IOException {
		for (Resource template : templates()) {
			Document document = Jsoup.parse(template.getContentAsString(StandardCharsets.UTF_8));
			List<String> hardCoded = new ArrayList<>();
			NodeTraversor.traverse((node, depth) -> {
				if (node instanceof TextNode text && text.text().chars().anyMatch(Character::isLetter)
						&& !isReplacedByThymeleaf(node)) {
					hardCoded.add(text.text().strip());
				}
			}, document);
			assertThat(hardCoded).as("text in %s that no th:text replaces", template.getFilename()).isEmpty();
		}
	}

	private static boolean isReplacedByThymeleaf(Node node) {
		for (Node current = node.parent(); current instanceof Element element; current = current.parent()) {
			if (element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
					|| element.hasAttr("sec:authentication") || element.hasAttr("th:insert")
					|| element.tagName().equals("title") && element.parent() != null
							&& element.parent().hasAttr("th:fragment")) {
				return true;
			}
		}
		return false;
	}

	private static List<String> bundles() {
		List<String> bundles = Arrays.asList(MessageBundles.baseNames());
		assertThat(bundles).contains("i18n/web", "i18n/evidence", "i18n/protocol");
		return bundles;
	}

	private static List<Language> translations() {
		return Language.ALL.stream().filter((language) -> !language.equals(Language.ENGLISH)).toList();
	}

	private static Resource[] templates() throws IOException {
		return new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
	}

	private static boolean readsAsWritten(String message, Language language) {
		if (!PLACEHOLDER.matcher(message).find()) {
			return !message.contains("''");
		}
		if (LONE_APOSTROPHE.matcher(message).find()) {
			return false;
		}
		try {
			new MessageFormat(message, language.locale());
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		PLACEHOLDER.matcher(message).results().forEach((match) -> found.add(match.group()));
		return found;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		ClassPathResource resource = new ClassPathResource(name);
		if (!resource.exists()) {
			return properties;
		}
		try (InputStream in = resource.getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
