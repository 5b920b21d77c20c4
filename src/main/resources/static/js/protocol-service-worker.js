/*
 * Keeps the national editions a reader chose readable with no connection. The page script
 * (protocol-offline.js) stores an edition's pages in a cache of its own, "pex-edition-<CC>";
 * this worker answers from those caches when the network does not, and otherwise lets the
 * network answer and refreshes the stored copy with what it got. Signing out forgets every
 * stored edition that holds restricted chapters.
 */
'use strict';

var EDITION_CACHE = 'pex-edition-';
var META = '/__pex-offline/meta';
var NETWORK_PATIENCE_MS = 6000;
var HANDLED = ['/protocol', '/css/', '/js/', '/images/', '/api/v1/protocol/'];

self.addEventListener('install', function () {
	self.skipWaiting();
});

self.addEventListener('activate', function (event) {
	event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
	var request = event.request;
	var url = new URL(request.url);
	if (url.origin !== self.location.origin) {
		return;
	}
	if (request.method === 'POST' && url.pathname === '/logout') {
		event.waitUntil(forgetRestricted());
		return;
	}
	if (request.method !== 'GET' || !handled(url.pathname)) {
		return;
	}
	event.respondWith(networkFirst(request));
});

function handled(path) {
	return HANDLED.some(function (prefix) {
		return path === prefix || path.indexOf(prefix) === 0;
	});
}

function editionCaches() {
	return caches.keys().then(function (names) {
		return names.filter(function (name) {
			return name.indexOf(EDITION_CACHE) === 0;
		});
	});
}

function stored(request) {
	return caches.match(request, { ignoreVary: true });
}

function networkFirst(request) {
	return stored(request).then(function (cached) {
		if (!cached) {
			return fetch(request).catch(function () {
				return offlineFallback(request);
			});
		}
		return withPatience(fetch(request)).then(function (response) {
			if (response.ok && !response.redirected && response.type === 'basic') {
				refresh(request, response.clone());
			}
			return response;
		}).catch(function () {
			return cached;
		});
	});
}

/** A page that is not stored: the offline page, which says which editions are. */
function offlineFallback(request) {
	if (request.mode !== 'navigate') {
		return Response.error();
	}
	return stored('/protocol/offline').then(function (page) {
		return page || Response.error();
	});
}

function withPatience(promise) {
	return new Promise(function (resolve, reject) {
		var timer = setTimeout(function () {
			reject(new Error('no answer from the network in time'));
		}, NETWORK_PATIENCE_MS);
		promise.then(function (value) {
			clearTimeout(timer);
			resolve(value);
		}, function (error) {
			clearTimeout(timer);
			reject(error);
		});
	});
}

/** Puts a fresh answer into every stored edition that holds that address. */
function refresh(request, response) {
	return editionCaches().then(function (names) {
		return Promise.all(names.map(function (name) {
			return caches.open(name).then(function (cache) {
				return cache.match(request, { ignoreVary: true }).then(function (old) {
					return old ? cache.put(request, response.clone()) : null;
				});
			});
		}));
	});
}

function forgetRestricted() {
	return editionCaches().then(function (names) {
		return Promise.all(names.map(function (name) {
			return caches.open(name).then(function (cache) {
				return cache.match(META).then(function (meta) {
					return meta ? meta.json() : { restrictedIncluded: true };
				}).then(function (info) {
					return info.restrictedIncluded ? caches.delete(name) : false;
				});
			});
		}));
	});
}
