/*
 * Passkeys on the sign-in, second-factor and security pages, through the script Spring
 * Security serves at /login/webauthn.js (window.setupLogin, window.setupRegistration).
 * Without JavaScript, or in a browser without WebAuthn, the passkey buttons stay hidden and
 * the pages work with the password, the authenticator app's code and recovery codes.
 */
(function () {
	'use strict';

	var settings = document.querySelector('[data-passkeys]');
	if (!settings || !window.PublicKeyCredential || !window.setupLogin) {
		return;
	}
	var headers = {};
	headers[settings.getAttribute('data-csrf-header')] = settings.getAttribute('data-csrf-token');
	var contextPath = settings.getAttribute('data-context').replace(/\/$/, '');

	var signIn = document.getElementById('passkey-sign-in');
	if (signIn) {
		signIn.hidden = false;
		window.setupLogin(headers, contextPath, signIn);
	}

	var register = document.getElementById('passkey-register');
	if (register) {
		document.getElementById('passkey-add').hidden = false;
		var error = document.getElementById('passkey-error');
		window.setupRegistration(headers, contextPath, {
			getRegisterButton: function () { return register; },
			getLabelInput: function () { return document.getElementById('passkey-label'); },
			getSuccess: function () { return null; },
			getError: function () { return error; },
			getDeleteForms: function () { return []; }
		});
	}
}());
