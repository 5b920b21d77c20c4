package org.pexbsr.evidence;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pexbsr.evidence.internal.CommandLineImport;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line import for scheduled updates:
 * {@code java -jar pex-platform.jar import FILE... [--format=NAME] [--lenient]}. It
 * imports into the configured database without starting the web server, prints a report
 * per file and exits non-zero when a file was refused.
 */
public final class DatasetImportCommand {

	/** The first argument that selects this command. */
	public static final String NAME = "import";

	/** Every file was imported or had been imported before. */
	public static final int OK = 0;

	/** At least one file was refused; the report names the line. */
	public static final int REFUSED = 1;

	/** The command was not given right, or a file could not be read. */
	public static final int USAGE = 2;

	private DatasetImportCommand() {
	}

	/** Whether the arguments ask for this command rather than the web application. */
	public static boolean isInvoked(String[] args) {
		return args.length > 0 && NAME.equals(args[0]);
	}

	/**
	 * Runs the command.
	 * @param application the application's configuration class
	 * @param args the arguments, {@code import} first
	 * @return the exit status: {@link #OK}, {@link #REFUSED} or {@link #USAGE}
	 */
	public static int run(Class<?> application, String[] args) {
		return run(application, args, System.out, System.err);
	}

	/**
	 * Runs the command, printing to the given streams.
	 * @return the exit status
	 */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		Arguments arguments = Arguments.parse(args);
		if (arguments.problem() != null || arguments.files().isEmpty()) {
			err.println((arguments.problem() != null) ? arguments.problem() : "Name at least one file to import.");
			err.println(usage());
			return USAGE;
		}
		try (ConfigurableApplicationContext context = start(application, arguments.springArguments())) {
			return context.getBean(CommandLineImport.class)
				.run(arguments.files(), arguments.format(), arguments.lenient(), out, err);
		}
	}

	static String usage() {
		return """
				Usage: java -jar pex-platform.jar import FILE... [--format=NAME] [--lenient] [--SETTING=VALUE...]
				  Imports each file as a new version of its dataset, each in one transaction, into the
				  configured database (pex.data-dir, or PostgreSQL with --spring.profiles.active=postgres).
				  --format=NAME  read the files as this format instead of detecting it
				  --lenient      leave out and list invalid rows instead of refusing the file
				Exit status: 0 imported, 1 a file was refused (the line is named), 2 usage or unreadable file.""";
	}

	private static ConfigurableApplicationContext start(Class<?> application, String[] springArguments) {
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties(Map.of("pex.evidence.import-shipped-datasets", "false"))
			.run(withQuietLogs(springArguments));
	}

	/**
	 * The report is the command's output, so the application logs only warnings, unless
	 * the caller sets log levels of their own (the defaults of
	 * {@code SpringApplicationBuilder.properties} would lose to the application's own
	 * settings).
	 */
	private static String[] withQuietLogs(String[] springArguments) {
		List<String> arguments = new ArrayList<>(List.of(springArguments));
		if (arguments.stream().noneMatch((argument) -> argument.startsWith("--logging.level."))) {
			arguments.add("--logging.level.root=WARN");
			arguments.add("--logging.level.org.pexbsr=WARN");
			arguments.add("--logging.level.org.flywaydb=ERROR");
		}
		return arguments.toArray(String[]::new);
	}

	/**
	 * The command's own arguments, and the settings passed on to the application, such as
	 * {@code --pex.data-dir=/srv/pex}.
	 */
	private record Arguments(List<String> files, String format, boolean lenient, String[] springArguments,
			String problem) {

		static Arguments parse(String[] args) {
			List<String> files = new ArrayList<>();
			List<String> spring = new ArrayList<>();
			String format = null;
			boolean lenient = false;
			String problem = null;
			for (int i = 1; i < args.length; i++) {
				String arg = args[i];
				if (arg.startsWith("--format=")) {
					format = arg.substring("--format=".length());
				}
				else if (arg.equals("--lenient")) {
					lenient = true;
				}
				else if (arg.equals("--help") || arg.equals("-h")) {
					problem = "";
				}
				else if (arg.startsWith("--") && arg.contains("=")) {
					spring.add(arg);
				}
				else if (arg.startsWith("-")) {
					problem = "Unknown option " + arg + ".";
				}
				else {
					files.add(arg);
				}
			}
			return new Arguments(List.copyOf(files), format, lenient, spring.toArray(String[]::new), problem);
		}

	}

}
