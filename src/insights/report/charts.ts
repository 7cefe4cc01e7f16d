import { escapeHtml } from '../../utils/escape-html.js';

/**
 * Charts for the insights report as inline SVG: no script, no font, no request, so the report
 * opens offline in any browser and prints. Each chart has a title and a text description for
 * screen readers; the tables beside it hold the exact numbers.
 */

export interface Series {
	name: string;
	values: readonly number[];
	/** A CSS colour. */
	color: string;
}

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 16, right: 16, bottom: 28, left: 44 };

/** A round step for the value axis: 1, 2 or 5 times a power of ten. */
function niceStep(max: number, ticks = 4): number {
	const raw = Math.max(max, 1) / ticks;
	const power = 10 ** Math.floor(Math.log10(raw));
	return ([1, 2, 5, 10].map((m) => m * power).find((step) => step >= raw) ?? raw) as number;
}

/** Lines over days: `labels` on the x axis (every few shown), one polyline per series. */
export function lineChart(title: string, labels: readonly string[], series: readonly Series[]): string {
	const max = Math.max(1, ...series.flatMap((s) => s.values));
	const step = niceStep(max);
	const top = Math.ceil(max / step) * step;
	const innerWidth = WIDTH - PAD.left - PAD.right;
	const innerHeight = HEIGHT - PAD.top - PAD.bottom;
	const x = (i: number) => PAD.left + (labels.length <= 1 ? innerWidth / 2 : (i * innerWidth) / (labels.length - 1));
	const y = (value: number) => PAD.top + innerHeight - (value / top) * innerHeight;
	const grid = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step)
		.map(
			(value) =>
				`<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(value)}" y2="${y(value)}" class="grid"/><text x="${PAD.left - 6}" y="${y(value) + 4}" text-anchor="end">${value}</text>`,
		)
		.join('');
	const every = Math.max(1, Math.ceil(labels.length / 8));
	const xLabels = labels
		.map((label, i) => (i % every === 0 ? `<text x="${x(i)}" y="${HEIGHT - 8}" text-anchor="middle">${escapeHtml(label)}</text>` : ''))
		.join('');
	const lines = series
		.map(
			(s) =>
				`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}"/>`,
		)
		.join('');
	const legend = series.map((s) => `<span class="key"><span class="swatch" style="background:${s.color}"></span>${escapeHtml(s.name)}</span>`).join(' ');
	const description = series.map((s) => `${s.name}: from ${s.values[0] ?? 0} to ${s.values.at(-1) ?? 0}, highest ${Math.max(0, ...s.values)}`).join('; ');
	return `<figure class="chart"><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="t-${slug(title)}"><title id="t-${slug(title)}">${escapeHtml(`${title}. ${description}`)}</title>${grid}${xLabels}${lines}</svg><figcaption>${escapeHtml(title)} ${legend}</figcaption></figure>`;
}

/** Bars, one per label (a score's answers). */
export function barChart(title: string, labels: readonly string[], values: readonly number[], color: string): string {
	const max = Math.max(1, ...values);
	const innerWidth = WIDTH - PAD.left - PAD.right;
	const innerHeight = HEIGHT - PAD.top - PAD.bottom;
	const band = innerWidth / Math.max(1, labels.length);
	const bars = values
		.map((value, i) => {
			const height = (value / max) * innerHeight;
			const left = PAD.left + i * band + band * 0.15;
			return `<rect x="${left.toFixed(1)}" y="${(PAD.top + innerHeight - height).toFixed(1)}" width="${(band * 0.7).toFixed(1)}" height="${height.toFixed(1)}" fill="${color}"/><text x="${(left + band * 0.35).toFixed(1)}" y="${(PAD.top + innerHeight - height - 4).toFixed(1)}" text-anchor="middle">${value}</text><text x="${(left + band * 0.35).toFixed(1)}" y="${HEIGHT - 8}" text-anchor="middle">${escapeHtml(labels[i] ?? '')}</text>`;
		})
		.join('');
	const description = labels.map((label, i) => `${label}: ${values[i] ?? 0}`).join(', ');
	return `<figure class="chart"><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="t-${slug(title)}"><title id="t-${slug(title)}">${escapeHtml(`${title}. ${description}`)}</title>${bars}</svg><figcaption>${escapeHtml(title)}</figcaption></figure>`;
}

function slug(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
