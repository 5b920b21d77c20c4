package org.pexbsr.content.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.context.ApplicationContext;

/**
 * Publishes a document through the content loader, as a file of the repository would be,
 * for tests of other modules that react to {@code ContentPublished}. Give it a slug of
 * its own so that no other test sees it.
 */
public final class TestDocuments {

	private TestDocuments() {
	}

	/**
	 * @param context the test's application context
	 * @param collection such as {@code studies}
	 * @param lang the language folder, such as {@code uk}
	 * @param slug a slug no other test uses
	 * @param title the title
	 * @param markdown the body
	 */
	public static void publish(ApplicationContext context, String collection, String lang, String slug, String title,
			String markdown) {
		String text = "---\ntitle: " + title + "\nslug: " + slug + "\norder: 99\nrestricted: false\n---\n" + markdown
				+ "\n";
		SourceDocument source = SourceDocumentParser.parse(collection, lang,
				collection + "/" + lang + "/99-" + slug + ".md", text.getBytes(StandardCharsets.UTF_8));
		context.getBean(ContentLoader.class).load(List.of(source));
	}

}
