package org.pexbsr.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.AuditTrail;
import org.pexbsr.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends audit records to {@code identity_audit_record}. The table is only ever inserted
 * into.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void record(String action, String target, @Nullable String detail) {
		this.jdbc.sql("""
				insert into identity_audit_record (recorded_at, actor, action, target, detail, remote_address)
				values (:at, :actor, :action, :target, :detail, :address)""")
			.param("at", OffsetDateTime.now(this.clock))
			.param("actor", CurrentUser.get().username())
			.param("action", action)
			.param("target", target)
			.param("detail", detail)
			.param("address", remoteAddress())
			.update();
	}

	private static @Nullable String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
