/*
 * Makes a checklist tickable on a phone. The ticks are kept only in this browser
 * (localStorage, one entry per checklist) and are never sent anywhere. Without JavaScript
 * the checklist is a plain list, and it prints with empty boxes.
 */
(function () {
	'use strict';

	var checklist = document.querySelector('.checklist[data-checklist]');
	var storage;
	try {
		storage = window.localStorage;
	}
	catch (error) {
		storage = null;
	}
	if (!checklist || !storage) {
		return;
	}
	var key = 'pex.checklist.' + checklist.getAttribute('data-checklist');
	var ticks = read();
	var items = Array.prototype.slice.call(checklist.querySelectorAll('.checklist__item'));
	var progress = checklist.querySelector('.checklist__progress');

	function read() {
		try {
			return JSON.parse(storage.getItem(key)) || {};
		}
		catch (error) {
			return {};
		}
	}

	function write() {
		storage.setItem(key, JSON.stringify(ticks));
	}

	function count() {
		var done = items.filter(function (item) {
			return ticks[item.id];
		}).length;
		progress.textContent = progress.getAttribute('data-template')
			.replace('{done}', String(done)).replace('{total}', String(items.length));
	}

	items.forEach(function (item) {
		var text = item.querySelector('.checklist__text');
		var box = document.createElement('input');
		box.type = 'checkbox';
		box.id = 'tick-' + item.id;
		box.className = 'checklist__tick';
		box.checked = Boolean(ticks[item.id]);
		var label = document.createElement('label');
		label.htmlFor = box.id;
		label.className = 'checklist__label';
		item.insertBefore(box, text);
		item.insertBefore(label, text);
		label.appendChild(text);
		item.classList.toggle('checklist__item--done', box.checked);
		box.addEventListener('change', function () {
			if (box.checked) {
				ticks[item.id] = true;
			}
			else {
				delete ticks[item.id];
			}
			item.classList.toggle('checklist__item--done', box.checked);
			write();
			count();
		});
	});
	checklist.classList.add('checklist--interactive');
	checklist.querySelector('.checklist__tools').hidden = false;
	checklist.querySelector('.checklist__print').addEventListener('click', function () {
		window.print();
	});
	checklist.querySelector('.checklist__clear').addEventListener('click', function () {
		ticks = {};
		write();
		items.forEach(function (item) {
			var box = item.querySelector('.checklist__tick');
			box.checked = false;
			item.classList.remove('checklist__item--done');
		});
		count();
	});
	count();
}());
