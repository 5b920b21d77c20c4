package org.pexbsr.identity.internal;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A request to the API made with a personal access token: before it is checked it holds
 * only the secret sent; once checked, the account's name, the token that acted and the
 * roles it may use now. It lives for one request and is never stored in a session.
 */
final class AccessTokenAuthentication extends AbstractAuthenticationToken {

	private final @Nullable String secret;

	private final @Nullable String username;

	private final @Nullable AccessToken token;

	private AccessTokenAuthentication(@Nullable String secret, @Nullable String username, @Nullable AccessToken token,
			Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.secret = secret;
		this.username = username;
		this.token = token;
		setAuthenticated(token != null);
	}

	static AccessTokenAuthentication unchecked(String secret) {
		return new AccessTokenAuthentication(secret, null, null, List.of());
	}

	static AccessTokenAuthentication checked(String username, AccessToken token,
			Collection<? extends GrantedAuthority> authorities) {
		return new AccessTokenAuthentication(null, username, token, authorities);
	}

	/** The secret as sent, before the check; {@code null} afterwards. */
	@Override
	public @Nullable Object getCredentials() {
		return this.secret;
	}

	@Override
	public Object getPrincipal() {
		return (this.username != null) ? this.username : "";
	}

	/** The token that acted, once checked. */
	@Nullable AccessToken token() {
		return this.token;
	}

}
