package org.pexbsr.protocol.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.pexbsr.content.RepositoryDocument;
import org.pexbsr.content.RepositoryFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Investigation Protocol's files as they lie in a folder such as the repository's
 * {@code content/}, read the way the loader reads them, for tests that check them without
 * starting the platform.
 */
final class ProtocolContentFiles {

	static final Path REPOSITORY = Path.of("content");

	private ProtocolContentFiles() {
	}

	static List<RepositoryFile> structured(Path root, int rank) {
		Path protocol = root.resolve("protocol");
		if (!Files.isDirectory(protocol)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(protocol)) {
			return paths.filter((path) -> path.toString().endsWith(".yaml") || path.toString().endsWith(".yml"))
				.sorted()
				.map((path) -> new RepositoryFile(root.relativize(path).toString().replace('\\', '/'), read(path),
						rank))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<RepositoryDocument> chapters(Path root) {
		Path protocol = root.resolve("protocol");
		List<RepositoryDocument> chapters = new ArrayList<>();
		if (!Files.isDirectory(protocol)) {
			return chapters;
		}
		try (Stream<Path> paths = Files.walk(protocol, 2)) {
			for (Path path : paths
				.filter((p) -> p.toString().endsWith(".md") && p.getNameCount() > 0 && !p.getParent().equals(protocol))
				.sorted()
				.toList()) {
				chapters.add(chapter(root, path));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return chapters;
	}

	/** A chapter split into front matter and body, as the content loader splits it. */
	@SuppressWarnings("unchecked")
	static RepositoryDocument chapter(Path root, Path path) {
		String text = new String(read(path), StandardCharsets.UTF_8);
		String[] parts = text.split("(?m)^---\\R", 3);
		Map<String, Object> frontMatter = (parts.length == 3)
				? (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(parts[1]) : Map.of();
		String relative = root.relativize(path).toString().replace('\\', '/');
		String lang = path.getParent().getFileName().toString();
		Object slug = frontMatter.get("slug");
		Object order = frontMatter.get("order");
		return new RepositoryDocument(relative, lang, (slug != null) ? slug.toString() : "",
				(order instanceof Number number) ? number.intValue() : 0,
				Boolean.TRUE.equals(frontMatter.get("restricted")), frontMatter, (parts.length == 3) ? parts[2] : text);
	}

	private static byte[] read(Path path) {
		try {
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
