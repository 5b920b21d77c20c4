package org.pexbsr;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Creates an empty PostgreSQL database for one test application context and drops it when
 * the JVM ends, so test runs never see each other's data and the shared {@code test}
 * database is left alone.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String SERVER_URL = System.getenv()
		.getOrDefault("PEX_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");

	static final String USER = System.getenv().getOrDefault("PEX_TEST_POSTGRES_USER", "postgres");

	static final String PASSWORD = System.getenv().getOrDefault("PEX_TEST_POSTGRES_PASSWORD", "");

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String name = "pex_test_" + UUID.randomUUID().toString().replace("-", "");
		execute("create database " + name);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(name)));
		String url = SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name;
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("postgres-test-database", Map.of("spring.datasource.url", url,
					"spring.datasource.username", USER, "spring.datasource.password", PASSWORD)));
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + SERVER_URL + " is needed for the PostgreSQL tests and "
					+ "could not be used (" + ex.getMessage() + "); start it, or run .ci/run, which starts it", ex);
		}
	}

	private static void dropQuietly(String name) {
		try {
			execute("drop database if exists " + name + " with (force)");
		}
		catch (IllegalStateException ex) {
			// The server went away before the JVM did; the database goes with the
			// server's next clean-up.
		}
	}

}
