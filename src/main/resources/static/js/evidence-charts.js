/*
 * Draws the chart of an evidence figure over the table the page already shows. The table stays: it is the
 * accessible form of the chart and what a reader without JavaScript sees. The figures come from the explorer
 * API with the same view as the table, so both always show the same numbers.
 *
 * Exact figures are drawn as lines or bars. A figure known only within bounds (it includes a suppressed count
 * such as "<5") is drawn as a floating bar from its lower to its upper bound, never as a point. A figure flagged
 * "b" (break in series) starts a new line: the segment leading to it is not drawn. Other flags are written above
 * their point.
 */
(function () {
	'use strict';

	// Okabe and Ito's palette, told apart by people with any common colour-vision deficiency; point shapes differ
	// too, so colour is never the only cue.
	var COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#7F6000'];
	var SHAPES = ['circle', 'triangle', 'rect', 'star', 'crossRot', 'rectRounded', 'cross', 'line'];

	function translucent(colour) {
		return colour + '40';
	}

	function hasFlag(point, flag) {
		return point.flags.indexOf(flag) >= 0;
	}

	function shownFlags(point) {
		return point.flags.filter(function (flag) { return flag !== 'c'; });
	}

	function lineDatasets(series, index, labels) {
		var colour = COLOURS[index % COLOURS.length];
		var points = series.points;
		var datasets = [{
			type: 'line',
			label: series.label,
			data: points.map(function (point) { return point.value; }),
			borderColor: colour,
			backgroundColor: colour,
			pointStyle: points.map(function (point) {
				return hasFlag(point, 'b') ? 'rectRot' : SHAPES[index % SHAPES.length];
			}),
			pointRadius: points.map(function (point) { return hasFlag(point, 'b') ? 6 : 4; }),
			spanGaps: false,
			segment: {
				borderColor: function (context) {
					return hasFlag(points[context.p1DataIndex], 'b') ? 'transparent' : undefined;
				}
			},
			pexSeries: series.key,
			pexPart: 'exact',
			pexPoints: points
		}];
		var ranges = points.map(function (point) {
			return (point.value === null && point.low !== null) ? [point.low, point.high] : null;
		});
		if (ranges.some(function (range) { return range !== null; })) {
			datasets.push({
				type: 'bar',
				label: series.label + ' – ' + labels.range,
				data: ranges,
				backgroundColor: translucent(colour),
				borderColor: colour,
				borderWidth: 1,
				borderSkipped: false,
				pexSeries: series.key,
				pexPart: 'range',
				pexPoints: points
			});
		}
		return datasets;
	}

	function barDatasets(series, index) {
		var colour = COLOURS[index % COLOURS.length];
		var points = series.points;
		return [{
			type: 'bar',
			label: series.label,
			data: points.map(function (point) {
				if (point.value !== null) {
					return point.value;
				}
				return (point.low !== null) ? [point.low, point.high] : null;
			}),
			backgroundColor: points.map(function (point) {
				return (point.value === null) ? translucent(colour) : colour;
			}),
			borderColor: colour,
			borderWidth: points.map(function (point) { return (point.value === null) ? 2 : 0; }),
			borderSkipped: false,
			pexSeries: series.key,
			pexPart: 'all',
			pexPoints: points
		}];
	}

	// Writes each point's flags (other than "c", which the range already shows) above it.
	var flagLabels = {
		id: 'pexFlags',
		afterDatasetsDraw: function (chart) {
			var context = chart.ctx;
			context.save();
			context.font = 'bold 12px system-ui, sans-serif';
			context.fillStyle = '#1b1f24';
			context.textAlign = 'center';
			chart.data.datasets.forEach(function (dataset, datasetIndex) {
				var meta = chart.getDatasetMeta(datasetIndex);
				if (meta.hidden || !dataset.pexPoints) {
					return;
				}
				meta.data.forEach(function (element, index) {
					var value = dataset.data[index];
					var flags = shownFlags(dataset.pexPoints[index]);
					if (value === null || value === undefined || flags.length === 0 || element.skip) {
						return;
					}
					var top = (element.y !== undefined) ? element.y : 0;
					context.fillText(flags.join(''), element.x, top - 10);
				});
			});
			context.restore();
		}
	};

	function tooltipLabel(labels) {
		return function (item) {
			var dataset = item.dataset;
			var point = dataset.pexPoints[item.dataIndex];
			var text = dataset.label + ': ' + point.display;
			var flags = shownFlags(point);
			return flags.length ? text + ' (' + labels.flags + ' ' + flags.join(', ') + ')' : text;
		};
	}

	function render(container, view) {
		var labels = {
			range: container.dataset.rangeLabel || 'range',
			flags: container.dataset.flagsLabel || 'flags'
		};
		var kind = (container.dataset.chart === 'bar') ? 'bar' : 'line';
		var datasets = [];
		view.series.forEach(function (series, index) {
			datasets = datasets.concat(kind === 'bar' ? barDatasets(series, index) : lineDatasets(series, index, labels));
		});

		var frame = document.createElement('div');
		frame.className = 'evidence-chart__frame';
		var canvas = document.createElement('canvas');
		canvas.setAttribute('role', 'img');
		canvas.setAttribute('aria-label', container.dataset.label || '');
		frame.appendChild(canvas);
		container.appendChild(frame);

		new window.Chart(canvas, {
			type: kind,
			data: { labels: view.years, datasets: datasets },
			options: {
				responsive: true,
				maintainAspectRatio: false,
				animation: false,
				interaction: { mode: 'nearest', intersect: false },
				scales: { y: { beginAtZero: true } },
				plugins: { tooltip: { callbacks: { label: tooltipLabel(labels) } } }
			},
			plugins: [flagLabels]
		});
		container.setAttribute('data-chart-ready', 'true');
	}

	function draw(container) {
		fetch(container.dataset.src, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
			.then(function (response) {
				if (!response.ok) {
					throw new Error('The figures could not be fetched: ' + response.status);
				}
				return response.json();
			})
			.then(function (view) { render(container, view); })
			.catch(function () { container.setAttribute('data-chart-error', 'true'); });
	}

	function start() {
		if (typeof window.Chart !== 'function' || typeof window.fetch !== 'function') {
			return;
		}
		Array.prototype.forEach.call(document.querySelectorAll('.evidence-chart[data-src]'), draw);
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
}());
