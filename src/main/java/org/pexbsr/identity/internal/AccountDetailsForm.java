package org.pexbsr.identity.internal;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;

/**
 * What a person chooses when they take up an invitation: the name shown for them, the
 * account name they sign in with, and a password.
 *
 * @param displayName their name as they want it shown
 * @param username lower-case letters, digits, dots, dashes and underscores, so that it is
 * safe everywhere it appears (links, audit exports, logs)
 * @param password the password
 * @param repeatedPassword the password again
 */
record AccountDetailsForm(
		@NotBlank(message = "{identity.displayName.required}") @Size(max = 200,
				message = "{identity.displayName.tooLong}") @Pattern(regexp = "[^\\p{Cntrl}]*",
						message = "{identity.displayName.invalid}") @Nullable String displayName,
		@NotBlank(message = "{identity.username.required}") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}",
				message = "{identity.username.invalid}") @Nullable String username,
		@Nullable String password, @Nullable String repeatedPassword) {

	static final AccountDetailsForm EMPTY = new AccountDetailsForm("", "", "", "");

	/** Adds the password rules' verdict to the form's errors. */
	void checkPassword(PasswordPolicy policy, BindingResult result, @Nullable String email) {
		policy.check(this.password, this.username, email).ifPresent((code) -> result.rejectValue("password", code));
		if (!Objects.equals(this.password, this.repeatedPassword)) {
			result.rejectValue("repeatedPassword", "identity.password.mismatch");
		}
	}

	String trimmedName() {
		return Objects.requireNonNull(this.displayName).strip();
	}

}
