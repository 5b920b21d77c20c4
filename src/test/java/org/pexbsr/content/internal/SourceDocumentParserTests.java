package org.pexbsr.content.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Content files: front matter, then Markdown; a broken file is refused with its name.
 */
class SourceDocumentParserTests {

	@Test
	void readsFrontMatterAndBody() {
		SourceDocument document = parse("---\ntitle: Legal framework\norder: 1\nrestricted: true\n---\n# Body\n");

		assertThat(document.slug()).isEqualTo("legal-framework");
		assertThat(document.title()).isEqualTo("Legal framework");
		assertThat(document.position()).isEqualTo(1);
		assertThat(document.restricted()).isTrue();
		assertThat(document.body()).isEqualTo("# Body\n");
		assertThat(document.hash()).hasSize(64);
	}

	@Test
	void takesTheSlugFromTheFrontMatterWhenGiven() {
		assertThat(parse("---\ntitle: T\nslug: other\n---\nx").slug()).isEqualTo("other");
	}

	@Test
	void refusesAFileWithoutFrontMatter() {
		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(() -> parse("# Just Markdown\n"))
			.withMessage("Content file protocol/en/01-legal-framework.md cannot be loaded: it does not start with "
					+ "front matter between two --- lines");
	}

	@Test
	void refusesAFileWithoutATitle() {
		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(() -> parse("---\norder: 1\n---\nx"))
			.withMessageEndingWith("the front matter has no title");
	}

	@Test
	void refusesBrokenYaml() {
		assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> parse("---\ntitle: [unclosed\n---\nx"))
			.withMessageContaining("not valid YAML");
	}

	@Test
	void refusesAnOrderThatIsNoNumber() {
		assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> parse("---\ntitle: T\norder: first\n---\nx"))
			.withMessageEndingWith("order must be a whole number, not 'first'");
	}

	private static SourceDocument parse(String text) {
		return SourceDocumentParser.parse("protocol", "en", "protocol/en/01-legal-framework.md",
				text.getBytes(StandardCharsets.UTF_8));
	}

}
