/*
 * Offline copies of the national editions: registers the service worker, lets the reader
 * keep an edition in this browser ("Keep offline"), and says how current each stored copy
 * is. Without JavaScript the pages work as usual; they are only not kept offline.
 */
(function () {
	'use strict';

	var EDITION_CACHE = 'pex-edition-';
	var META = '/__pex-offline/meta';

	if (!('serviceWorker' in navigator) || !('caches' in window)) {
		return;
	}
	navigator.serviceWorker.register('/protocol-service-worker.js', { scope: '/' });

	function fill(template, values) {
		return template.replace(/\{(\w+)\}/g, function (whole, name) {
			return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole;
		});
	}

	function day(instant) {
		return String(instant).substring(0, 10);
	}

	function metaOf(name) {
		return caches.open(name).then(function (cache) {
			return cache.match(META);
		}).then(function (response) {
			return response ? response.json() : null;
		});
	}

	function describe(meta, template) {
		return fill(template, {
			version: meta.manifest.version,
			date: day(meta.manifest.releasedAt),
			stored: new Date(meta.storedAt).toLocaleString(document.documentElement.lang || undefined)
		});
	}

	function keep(country, lang) {
		var name = EDITION_CACHE + country;
		return fetch('/api/v1/protocol/editions/' + country + '/offline?lang=' + encodeURIComponent(lang), {
			credentials: 'same-origin'
		}).then(function (response) {
			if (!response.ok) {
				throw new Error('the list of pages could not be had: ' + response.status);
			}
			return response.json();
		}).then(function (manifest) {
			return caches.delete(name).then(function () {
				return caches.open(name);
			}).then(function (cache) {
				return cache.addAll(manifest.pages.concat(manifest.assets)).then(function () {
					var meta = { manifest: manifest, storedAt: new Date().toISOString(),
						restrictedIncluded: manifest.restrictedIncluded };
					return cache.put(META, new Response(JSON.stringify(meta), {
						headers: { 'Content-Type': 'application/json' }
					})).then(function () {
						return meta;
					});
				});
			});
		});
	}

	function editionPage() {
		var edition = document.querySelector('.edition[data-edition]');
		var control = document.getElementById('offline-control');
		if (!edition || !control) {
			return;
		}
		var status = document.getElementById('offline-status');
		var button = document.getElementById('keep-offline');
		var country = edition.getAttribute('data-edition');
		var version = Number(edition.getAttribute('data-version'));
		control.hidden = false;

		function show(meta) {
			if (!meta) {
				status.textContent = status.getAttribute('data-none');
				return;
			}
			var text = describe(meta, status.getAttribute('data-stored'));
			if (meta.manifest.version !== version) {
				text += ' ' + status.getAttribute('data-outdated');
			}
			status.textContent = text;
			status.setAttribute('data-stored-version', meta.manifest.version);
		}

		metaOf(EDITION_CACHE + country).then(show);
		button.addEventListener('click', function () {
			button.disabled = true;
			status.textContent = status.getAttribute('data-saving');
			keep(country, edition.getAttribute('data-lang')).then(show).catch(function () {
				status.textContent = status.getAttribute('data-failed');
			}).then(function () {
				button.disabled = false;
			});
		});
	}

	function offlinePage() {
		var list = document.getElementById('offline-editions');
		if (!list) {
			return;
		}
		var connection = document.getElementById('offline-connection');
		if (!navigator.onLine) {
			connection.textContent = connection.getAttribute('data-offline');
			connection.hidden = false;
		}
		caches.keys().then(function (names) {
			var editions = names.filter(function (name) {
				return name.indexOf(EDITION_CACHE) === 0;
			});
			return Promise.all(editions.map(function (name) {
				return metaOf(name).then(function (meta) {
					return { name: name, meta: meta };
				});
			}));
		}).then(function (stored) {
			var kept = stored.filter(function (entry) {
				return entry.meta;
			});
			document.getElementById('offline-empty').hidden = kept.length > 0;
			kept.forEach(function (entry) {
				var item = document.createElement('li');
				item.setAttribute('data-edition', entry.meta.manifest.country);
				var link = document.createElement('a');
				link.href = '/protocol/editions/' + entry.meta.manifest.country;
				link.textContent = entry.meta.manifest.name;
				var text = document.createElement('p');
				text.className = 'offline-stored';
				text.textContent = describe(entry.meta, list.getAttribute('data-stored'));
				var remove = document.createElement('button');
				remove.type = 'button';
				remove.className = 'link-button';
				remove.textContent = list.getAttribute('data-remove');
				remove.addEventListener('click', function () {
					caches.delete(entry.name).then(function () {
						item.remove();
					});
				});
				item.appendChild(link);
				item.appendChild(text);
				item.appendChild(remove);
				list.appendChild(item);
			});
		});
	}

	editionPage();
	offlinePage();
}());
