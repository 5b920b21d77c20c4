package org.pexbsr.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.pexbsr.identity.Role;

/**
 * The table of who may call which route,
 * {@code src/test/resources/identity/route-access.txt}: one row per route and sample
 * address, one column per caller. The file's own comments say how to read and extend it.
 */
record RouteTable(List<String> header, List<Row> rows) {

	static final String LOCATION = "src/test/resources/identity/route-access.txt";

	static final String ANONYMOUS = "anonymous";

	/**
	 * The pattern column of a row served by a security filter (sign-in, sign-out), not by
	 * a controller.
	 */
	static final String FILTER = "(filter)";

	/** The pattern column of a row that asks for an address that is no route. */
	static final String NO_ROUTE = "(none)";

	private static final int FIXED_COLUMNS = 3;

	/** Every caller the table has a column for: the anonymous caller, then each role. */
	static List<String> callers() {
		return Stream.concat(Stream.of(ANONYMOUS), Arrays.stream(Role.values()).map(Role::name)).toList();
	}

	static RouteTable load() {
		try (InputStream in = RouteTable.class.getResourceAsStream("/identity/route-access.txt")) {
			if (in == null) {
				throw new IllegalStateException(LOCATION + " is missing");
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static RouteTable parse(List<String> lines) {
		List<String> header = null;
		List<Row> rows = new ArrayList<>();
		int number = 0;
		for (String line : lines) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			List<String> cells = List.of(line.strip().split("\\s+"));
			if (header == null) {
				header = cells.subList(FIXED_COLUMNS, cells.size());
				continue;
			}
			if (cells.size() != FIXED_COLUMNS + header.size()) {
				throw new IllegalStateException(LOCATION + " line " + number + " has " + cells.size()
						+ " columns, the header " + (FIXED_COLUMNS + header.size()) + ": " + line);
			}
			rows.add(Row.of(cells, header, number));
		}
		if (header == null) {
			throw new IllegalStateException(LOCATION + " has no header line");
		}
		return new RouteTable(header, sorted(rows));
	}

	/** GET rows first, POST and other methods after them, sign-out last. */
	private static List<Row> sorted(List<Row> rows) {
		List<Row> sorted = new ArrayList<>(rows);
		sorted.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
		return sorted;
	}

	/**
	 * {@code METHOD pattern} of every row that names a route served by a controller or as
	 * a file.
	 */
	Set<String> routeKeys() {
		return this.rows.stream()
			.filter((row) -> !row.pattern().equals(FILTER) && !row.pattern().equals(NO_ROUTE))
			.map(Row::key)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	static String missingMessage(Collection<String> missing) {
		return "Routes the platform serves that " + LOCATION + " does not name. Add a row for each, with the "
				+ "address to call in the sample column (path variables filled with a value that exists, or for a "
				+ "POST one that names nothing, so the handler refuses it), and '?' in each caller column; run "
				+ "RouteAccessTests again and it lists what each caller got. Check each answer is the one you "
				+ "intend before you write it into the table:\n"
				+ missing.stream().map(RouteTable::template).collect(Collectors.joining("\n"));
	}

	static String goneMessage(Collection<String> gone) {
		return "Rows of " + LOCATION + " for routes the platform no longer serves; remove them, or correct "
				+ "the method or pattern (exactly as the @GetMapping/@PostMapping declares it):\n"
				+ String.join("\n", gone);
	}

	private static String template(String key) {
		String[] parts = key.split(" ", 2);
		String sample = parts[1].contains("{") || parts[1].contains("*") ? "<sample>" : "=";
		return parts[0] + "\t" + parts[1] + "\t" + sample + "\t"
				+ callers().stream().map((caller) -> "?").collect(Collectors.joining("\t"));
	}

	/**
	 * @param method GET, POST, ... or {@code *} for a route that takes every method
	 * (called with GET)
	 * @param pattern the path pattern as Spring MVC registers it, {@link #FILTER} or
	 * {@link #NO_ROUTE}
	 * @param sample the address called
	 * @param expected the outcome per caller, in the order of {@link #callers()}
	 * @param line the row's line in the file
	 */
	record Row(String method, String pattern, String sample, Map<String, String> expected, int line) {

		static Row of(List<String> cells, List<String> header, int line) {
			String pattern = cells.get(1);
			String sample = cells.get(2).equals("=") ? pattern : cells.get(2);
			Map<String, String> expected = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				expected.put(header.get(i), cells.get(FIXED_COLUMNS + i));
			}
			return new Row(cells.get(0), pattern, sample, expected, line);
		}

		/**
		 * The anonymous caller if the table lets it in, else the first role it lets in.
		 */
		java.util.Optional<String> firstAllowed() {
			return this.expected.entrySet()
				.stream()
				.filter((cell) -> cell.getValue().equals(Outcome.ALLOW))
				.map(Map.Entry::getKey)
				.findFirst();
		}

		String key() {
			return this.method + " " + this.pattern;
		}

		String describe() {
			return "line " + this.line + ": " + this.method + " " + this.sample;
		}

		private int rank() {
			if (this.sample.equals("/logout")) {
				return 2;
			}
			return this.method.equals("GET") || this.method.equals("*") ? 0 : 1;
		}

	}

}
