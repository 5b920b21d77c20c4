package org.pexbsr.identity.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pexbsr.identity.Role;

/**
 * A person who can sign in.
 */
record Account(long id, String username, String displayName, String passwordHash, @Nullable String organisation,
		@Nullable String country, boolean enabled, boolean passwordChangeRequired, Set<Role> roles) {

}
