package org.pexbsr.evidence.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What the platform knows about a Eurostat dataset from its code alone: the platform's
 * code for it, a title, and where Eurostat offers it. The bulk TSV names its dataset only
 * in the file name; SDMX-CSV names it in its DATAFLOW column.
 */
final class EurostatDatasets {

	static final String PUBLISHER = "Eurostat";

	static final String LICENCE = "Eurostat reuse policy: CC BY 4.0, source to be acknowledged";

	/** A Eurostat dataset code such as {@code crim_thb_vctz} or {@code tps00001}. */
	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*[a-z0-9]");

	/**
	 * Titles of the datasets whose content the shipped files show; other datasets get a
	 * title built from their code.
	 */
	private static final Map<String, String> TITLES = Map.of("tps00001", "Population on 1 January", "crim_off_cat",
			"Recorded offences by offence category (police data)");

	private EurostatDatasets() {
	}

	/**
	 * The description of a Eurostat dataset.
	 * @param eurostatCode Eurostat's code, in any case
	 * @param release the update date the file states, if it states one
	 */
	static DatasetDescription describe(String eurostatCode, @Nullable String release) {
		String code = eurostatCode.toLowerCase(Locale.ROOT);
		return new DatasetDescription("eurostat-" + code.replace('_', '-'), title(code), PUBLISHER + " (" + code + ")",
				"https://ec.europa.eu/eurostat/databrowser/view/" + code + "/default/table", LICENCE, release);
	}

	/**
	 * The dataset code in a bulk download's file name: {@code crim_thb_vctz.tsv},
	 * {@code estat_crim_off_cat.tsv.gz}, {@code tps00001 (1).tsv}.
	 * @throws ImportRejectedException when the name holds no dataset code
	 */
	static String codeFromFileName(String fileName) {
		String name = TextFiles.baseName(fileName, ".tsv").toLowerCase(Locale.ROOT);
		name = name.replaceAll("\\s*\\([0-9]+\\)$", "");
		if (name.startsWith("estat_")) {
			name = name.substring("estat_".length());
		}
		if (!CODE.matcher(name).matches()) {
			throw new ImportRejectedException(0, "a Eurostat TSV names its dataset only in its file name, and '"
					+ fileName + "' holds no dataset code; name the file as Eurostat does, such as crim_thb_vctz.tsv");
		}
		return name;
	}

	private static String title(String code) {
		String known = TITLES.get(code);
		if (known != null) {
			return known;
		}
		if (code.startsWith("crim_thb")) {
			return "Trafficking in human beings (Eurostat " + code + ")";
		}
		return "Eurostat dataset " + code;
	}

}
