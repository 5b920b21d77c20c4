package org.pexbsr.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pexbsr.PexPlatformApplication;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line import, run as a scheduled update runs it: the application's main
 * method in a separate Java process, on an H2 database in a folder of the test's own.
 */
class DatasetImportCommandTests {

	@TempDir
	Path directory;

	@Test
	void importsEachFileInItsOwnTransactionAndExitsNonZeroNamingTheBadLine() throws Exception {
		Path population = copy("tps00001.tsv");
		Path broken = Files.writeString(this.directory.resolve("crim_thb_cli.tsv"),
				"freq,unit,geo\\TIME_PERIOD\t2021 \t2022 \nA,NR,SE\t1 \t2 \nA,NR,FI\t3 \t4y \n");
		Path victims = copy("ddf--datapoints--vc_htf_detv--by--age--geo_area--nature--sex--units--year.csv");

		Run run = runMain("import", population.toString(), broken.toString(), victims.toString());

		assertThat(run.status()).as(run.toString()).isEqualTo(DatasetImportCommand.REFUSED);
		assertThat(run.out()).contains("tps00001.tsv: imported as eurostat-tps00001 version 1 (eurostat-tsv, strict)")
			.contains("imported as un-sdg-vc-htf-detv version 1")
			.doesNotContain("crim_thb_cli.tsv: imported");
		assertThat(run.err()).contains(
				"crim_thb_cli.tsv: refused at line 3: column 2022: 'y' is not a Eurostat flag (known: b c d e f i n p r s u z); nothing was imported");
		assertThat(query("select d.code, v.row_count, v.imported_by from evidence_dataset d "
				+ "join evidence_dataset_version v on v.dataset_id = d.id order by d.code"))
			.containsExactly("eurostat-tps00001 570 cli:" + System.getProperty("user.name"),
					"un-sdg-vc-htf-detv 998 cli:" + System.getProperty("user.name"));
		assertThat(query("select action || ' ' || target from identity_audit_record where action like 'evidence.%' "
				+ "order by id"))
			.containsExactly("evidence.dataset.imported evidence/datasets/eurostat-tps00001/versions/1",
					"evidence.dataset.import-refused evidence/imports/crim_thb_cli.tsv",
					"evidence.dataset.imported evidence/datasets/un-sdg-vc-htf-detv/versions/1");

		Run again = runMain("import", population.toString(), "--lenient");

		assertThat(again.status()).as(again.toString()).isEqualTo(DatasetImportCommand.OK);
		assertThat(again.out()).contains("tps00001.tsv: imported before as eurostat-tps00001 version 1");
	}

	@Test
	void explainsItselfWhenNoFileIsNamed() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int status = DatasetImportCommand.run(PexPlatformApplication.class, new String[] { "import", "--lenient" },
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(status).isEqualTo(DatasetImportCommand.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Name at least one file to import.",
				"Usage: java -jar pex-platform.jar import FILE...");
	}

	@Test
	void isChosenOnlyByItsName() {
		assertThat(DatasetImportCommand.isInvoked(new String[] { "import", "a.tsv" })).isTrue();
		assertThat(DatasetImportCommand.isInvoked(new String[] { "--server.port=8091" })).isFalse();
		assertThat(DatasetImportCommand.isInvoked(new String[0])).isFalse();
	}

	private Run runMain(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), PexPlatformApplication.class.getName()));
		command.addAll(List.of(args));
		command.add("--spring.datasource.url=" + databaseUrl());
		command.add("--pex.data-dir=" + this.directory);
		Path out = this.directory.resolve("out.txt");
		Path err = this.directory.resolve("err.txt");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("The import command did not end within five minutes");
		}
		return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	private String databaseUrl() {
		return "jdbc:h2:file:" + this.directory.resolve("db").resolve("pex")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

	private List<String> query(String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(databaseUrl(), "sa", "");
				ResultSet result = connection.createStatement().executeQuery(sql)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					values.add(result.getString(i));
				}
				rows.add(String.join(" ", values));
			}
		}
		return rows;
	}

	private Path copy(String name) throws IOException {
		Path target = this.directory.resolve(name);
		try (InputStream in = new ClassPathResource("datasets/" + name).getInputStream()) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		return target;
	}

	private record Run(int status, String out, String err) {

		@Override
		public String toString() {
			return "exit " + this.status + "\nout:\n" + this.out + "\nerr:\n" + this.err;
		}

	}

}
