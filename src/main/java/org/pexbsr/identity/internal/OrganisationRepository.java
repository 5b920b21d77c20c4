package org.pexbsr.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Organisations and their managers in the {@code identity_organisation} tables.
 */
@Repository
class OrganisationRepository {

	private static final String SELECT = """
			select o.id, o.name, o.country, o.created_at,
			       (select count(*) from identity_account a where a.organisation_id = o.id) as members
			from identity_organisation o
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	OrganisationRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<Organisation> all() {
		return this.jdbc.sql(SELECT + "order by lower(o.name), o.country").query(OrganisationRepository::row).list();
	}

	Optional<Organisation> findById(long id) {
		return this.jdbc.sql(SELECT + "where o.id = :id").param("id", id).query(OrganisationRepository::row).optional();
	}

	Optional<Organisation> find(String name, String country) {
		return this.jdbc.sql(SELECT + "where o.name = :name and o.country = :country")
			.param("name", name)
			.param("country", country)
			.query(OrganisationRepository::row)
			.optional();
	}

	long create(String name, String country) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into identity_organisation (name, country, created_at) values (:name, :country, :now)""")
			.param("name", name)
			.param("country", country)
			.param("now", OffsetDateTime.now(this.clock))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	long findOrCreate(String name, String country) {
		return find(name, country).map(Organisation::id).orElseGet(() -> create(name, country));
	}

	void rename(long id, String name, String country) {
		this.jdbc.sql("update identity_organisation set name = :name, country = :country where id = :id")
			.param("name", name)
			.param("country", country)
			.param("id", id)
			.update();
	}

	/** The organisations the account manages, by name. */
	List<Organisation> managedBy(long accountId) {
		return this.jdbc.sql(SELECT + """
				where o.id in (select m.organisation_id from identity_organisation_manager m
				               where m.account_id = :account)
				order by lower(o.name)""").param("account", accountId).query(OrganisationRepository::row).list();
	}

	List<Long> managerIds(long organisationId) {
		return this.jdbc.sql("select account_id from identity_organisation_manager where organisation_id = :id")
			.param("id", organisationId)
			.query(Long.class)
			.list();
	}

	boolean isManager(long accountId, long organisationId) {
		return this.jdbc.sql("""
				select count(*) from identity_organisation_manager
				where account_id = :account and organisation_id = :organisation""")
			.param("account", accountId)
			.param("organisation", organisationId)
			.query(Long.class)
			.single() > 0;
	}

	void addManager(long organisationId, long accountId) {
		if (!isManager(accountId, organisationId)) {
			this.jdbc.sql("""
					insert into identity_organisation_manager (organisation_id, account_id)
					values (:organisation, :account)""")
				.param("organisation", organisationId)
				.param("account", accountId)
				.update();
		}
	}

	void removeManager(long organisationId, long accountId) {
		this.jdbc.sql("delete from identity_organisation_manager where organisation_id = :o and account_id = :a")
			.param("o", organisationId)
			.param("a", accountId)
			.update();
	}

	private static Organisation row(ResultSet rs, int row) throws SQLException {
		return new Organisation(rs.getLong("id"), rs.getString("name"), rs.getString("country"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getInt("members"));
	}

}
