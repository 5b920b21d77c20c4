package org.pexbsr.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.AuditTrail;
import org.pexbsr.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends audit records to {@code identity_audit_record} and finds them again. The table
 * is only ever inserted into; the database refuses updates and deletes (see
 * {@link AuditTrailAppendOnly}), with one exception: the actor of an erased account is
 * replaced by a pseudonym.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

	static final String ERASED_PREFIX = "erased-";

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records an action of the current caller. When the caller acts through a personal
	 * access token, the detail begins by naming the token.
	 */
	@Override
	public void record(String action, String target, @Nullable String detail) {
		recordAs(CurrentUser.get().username(), action, target, withToken(detail));
	}

	/**
	 * Records an action of someone who is not the current caller, such as a failed
	 * sign-in.
	 */
	void recordAs(String actor, String action, String target, @Nullable String detail) {
		this.jdbc.sql("""
				insert into identity_audit_record (recorded_at, actor, action, target, detail, remote_address)
				values (:at, :actor, :action, :target, :detail, :address)""")
			.param("at", OffsetDateTime.now(this.clock))
			.param("actor", clip(actor, 100))
			.param("action", clip(action, 100))
			.param("target", clip(target, 300))
			.param("detail", (detail != null) ? clip(detail, 1000) : null)
			.param("address", remoteAddress())
			.update();
	}

	/**
	 * The newest records that match, at most {@code limit} of them from {@code offset}.
	 */
	List<AuditRecord> search(AuditQuery query, int offset, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, params);
		return this.jdbc
			.sql("select * from identity_audit_record " + where
					+ " order by id desc offset :offset rows fetch next :limit rows only")
			.params(params)
			.param("offset", offset)
			.param("limit", limit)
			.query(JdbcAuditTrail::row)
			.list();
	}

	long count(AuditQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, params);
		return this.jdbc.sql("select count(*) from identity_audit_record " + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	/** Every matching record, oldest first, without holding them all in memory. */
	void forEach(AuditQuery query, Consumer<AuditRecord> consumer) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, params);
		this.jdbc.sql("select * from identity_audit_record " + where + " order by id")
			.params(params)
			.query((ResultSet rs) -> consumer.accept(row(rs, 0)));
	}

	/**
	 * Replaces the account name in the records of an erased account by a pseudonym and
	 * forgets the addresses its requests came from; the records themselves stay.
	 * @return how many records were pseudonymised
	 */
	int pseudonymise(String username, String pseudonym) {
		return this.jdbc.sql("""
				update identity_audit_record set actor = :pseudonym, remote_address = null
				where actor = :username""").param("pseudonym", pseudonym).param("username", username).update();
	}

	private static String where(AuditQuery query, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("where 1 = 1");
		if (hasText(query.actor())) {
			where.append(" and actor = :actor");
			params.put("actor", query.actor().strip());
		}
		if (hasText(query.action())) {
			where.append(" and action like :action escape '\\'");
			params.put("action", likeEscaped(query.action().strip()) + "%");
		}
		if (hasText(query.target())) {
			where.append(" and target like :target escape '\\'");
			params.put("target", "%" + likeEscaped(query.target().strip()) + "%");
		}
		if (query.from() != null) {
			where.append(" and recorded_at >= :from");
			params.put("from", query.from().atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (query.to() != null) {
			where.append(" and recorded_at < :to");
			params.put("to", query.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		return where.toString();
	}

	private static @Nullable String withToken(@Nullable String detail) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof AccessTokenAuthentication checked
				&& checked.token() != null) {
			String by = "by " + checked.token().label();
			return (detail != null) ? by + "; " + detail : by;
		}
		return detail;
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String clip(String value, int length) {
		return (value.length() <= length) ? value : value.substring(0, length);
	}

	private static AuditRecord row(ResultSet rs, int row) throws SQLException {
		return new AuditRecord(rs.getLong("id"), rs.getObject("recorded_at", OffsetDateTime.class),
				rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("detail"),
				rs.getString("remote_address"));
	}

	private static @Nullable String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
