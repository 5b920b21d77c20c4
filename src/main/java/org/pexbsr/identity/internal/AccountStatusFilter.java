package org.pexbsr.identity.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pexbsr.identity.Role;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every signed-in session to what the account is now: a session of an account that
 * was deactivated or erased, or whose password was reset after the session began, ends at
 * its next request; a change of roles applies from the next request on (except while a
 * second factor is awaited: {@link SecondFactorFilter} holds the roles back then). Only
 * sessions begun by a sign-in carry the account's key ({@link #ACCOUNT}); the filter
 * leaves any other authentication alone.
 */
class AccountStatusFilter extends OncePerRequestFilter {

	static final String ACCOUNT = AccountStatusFilter.class.getName() + ".account";

	static final String STARTED = AccountStatusFilter.class.getName() + ".started";

	private static final Logger log = LoggerFactory.getLogger(AccountStatusFilter.class);

	private final AccountRepository accounts;

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountStatusFilter(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/** Static files need no account check; skipping them saves two queries per file. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/")
				|| path.startsWith("/fonts/") || path.startsWith("/webjars/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session == null || authentication == null || !(session.getAttribute(ACCOUNT) instanceof Long id)) {
			chain.doFilter(request, response);
			return;
		}

		Optional<Account> account = this.accounts.findById(id);
		if (account.isEmpty() || !isStillValid(account.get(), session)) {
			end(request, response, session);
			return;
		}

		if (!SecondFactors.awaited(authentication)) {
			keepRolesCurrent(account.get(), authentication, request, response);
		}
		chain.doFilter(request, response);
	}

	private boolean isStillValid(Account account, HttpSession session) {
		if (!account.enabled()) {
			return false;
		}
		Instant started = (session.getAttribute(STARTED) instanceof Instant instant) ? instant
				: Instant.ofEpochMilli(session.getCreationTime());
		return account.sessionsValidAfter() == null || !started.isBefore(account.sessionsValidAfter().toInstant());
	}

	private void end(HttpServletRequest request, HttpServletResponse response, HttpSession session) throws IOException {
		log.info("Ended a session of account {}, which is deactivated, erased or had its password reset",
				session.getAttribute(ACCOUNT));
		session.invalidate();
		SecurityContextHolder.clearContext();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			response.sendError(HttpStatus.UNAUTHORIZED.value());
			return;
		}
		response.sendRedirect(request.getContextPath() + "/login?ended");
	}

	private void keepRolesCurrent(Account account, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		Set<String> held = roleAuthorities(authentication.getAuthorities());
		Set<String> current = new TreeSet<>();
		account.roles().stream().map(Role::authority).forEach(current::add);
		if (held.equals(current)) {
			return;
		}
		List<GrantedAuthority> updated = new ArrayList<>();
		authentication.getAuthorities().stream().filter((authority) -> !isRole(authority)).forEach(updated::add);
		current.forEach((role) -> updated.add(new SimpleGrantedAuthority(role)));
		Authentication replaced = authentication.toBuilder().authorities((authorities) -> {
			authorities.clear();
			authorities.addAll(updated);
		}).build();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(replaced);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		log.info("Account {} now holds the roles {}", account.id(), account.roles());
	}

	private static Set<String> roleAuthorities(Collection<? extends GrantedAuthority> authorities) {
		Set<String> roles = new TreeSet<>();
		authorities.stream().filter(AccountStatusFilter::isRole).forEach((role) -> roles.add(role.getAuthority()));
		return roles;
	}

	private static boolean isRole(GrantedAuthority authority) {
		return authority.getAuthority() != null && authority.getAuthority().startsWith("ROLE_");
	}

}
