package org.pexbsr.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits password guessing on the sign-in form: after too many failed sign-ins from one
 * address, or for one account name, the form answers 429 with a {@code Retry-After}
 * header until the period has passed (see {@link SignInLimits}), without checking the
 * password. The limit counts names that are no account just as names that are, so that
 * neither the answer nor the limit tells which accounts exist.
 * <p>
 * The address is the request's remote address. Behind a reverse proxy that is the proxy's
 * address unless {@code server.forward-headers-strategy} is set, and then every client
 * shares one allowance; an {@code X-Forwarded-For} header is trusted only when that
 * setting says so.
 */
@Component
class SignInRateLimit implements SecurityChainPart {

	static final String LIMITED = "identity.sign-in.limited";

	private static final Logger log = LoggerFactory.getLogger(SignInRateLimit.class);

	private final SignInThrottle throttle;

	private final JdbcAuditTrail audit;

	SignInRateLimit(SignInLimits limits, Clock clock, JdbcAuditTrail audit) {
		this.throttle = new SignInThrottle(limits, clock);
		this.audit = audit;
	}

	@Override
	public void applyTo(HttpSecurity http) {
		http.addFilterBefore(new Guard(this.throttle), UsernamePasswordAuthenticationFilter.class);
	}

	/** Counts each failed password sign-in against its address and the name typed. */
	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)
				|| !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return;
		}
		String address = attributes.getRequest().getRemoteAddr();
		if (this.throttle.failed(address, Objects.toString(attempt.getName(), ""))) {
			log.info("Failed sign-ins reached their limit; further attempts are refused for a while");
			this.audit.recordAs("anonymous", LIMITED, "identity/sign-in",
					"too many failed sign-ins from this address or for one account name");
		}
	}

	/**
	 * Counts a wrong second-factor code, or a wrong password given to confirm a change,
	 * against the account, under each name it signs in with, as a wrong sign-in password
	 * is counted: otherwise whoever knows the password could sign in again and again and
	 * try a few codes each time, and whoever holds an open session could guess the
	 * password without end.
	 */
	void secretFailed(Account account) {
		boolean spent = false;
		for (String name : namesOf(account)) {
			spent |= this.throttle.failed(name);
		}
		if (spent) {
			log.info(
					"Wrong codes or passwords for one account reached their limit; further ones are refused for a while");
			this.audit.recordAs("anonymous", LIMITED, SignInFactors.target(account),
					"too many wrong codes or passwords for one account");
		}
	}

	/**
	 * Whether the account has used up its attempts, so that no code or password is
	 * checked now.
	 */
	boolean secretsRefused(Account account) {
		return namesOf(account).stream().anyMatch(this.throttle::refused);
	}

	private static List<String> namesOf(Account account) {
		return (account.email() != null) ? List.of(account.username(), account.email()) : List.of(account.username());
	}

	private static final class Guard extends OncePerRequestFilter {

		private final RequestMatcher signIn = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.POST, "/login");

		private final SignInThrottle throttle;

		Guard(SignInThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !this.signIn.matches(request);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String name = Objects.toString(request.getParameter("username"), "");
			Optional<Duration> wait = this.throttle.waitBefore(request.getRemoteAddr(), name);
			if (wait.isEmpty()) {
				chain.doFilter(request, response);
				return;
			}
			long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), "Too many failed sign-ins");
		}

	}

}
