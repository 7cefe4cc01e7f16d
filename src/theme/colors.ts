/** sRGB colours as the web writes them (#1a2b3c), and WCAG 2 contrast between them. */

export type Rgb = readonly [number, number, number];

/** #rgb or #rrggbb; undefined for anything else. */
export function parseHex(value: string): Rgb | undefined {
	const match = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(value.trim());
	if (!match?.[1]) return undefined;
	const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
	return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}

export function toHex(color: Rgb): string {
	return `#${color.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance, WCAG 2.2 definition. */
function luminance([r, g, b]: Rgb): number {
	const channel = (c: number) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio between two colours, from 1 (same) to 21 (black on white). */
export function contrast(a: Rgb, b: Rgb): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/** `color` moved toward `target` by `amount` (0 to 1). */
export function mix(color: Rgb, target: Rgb, amount: number): Rgb {
	return color.map((c, i) => c + ((target[i] ?? c) - c) * amount) as unknown as Rgb;
}

/** The nearest shade of `color` toward `target` (black or white) that has `ratio` contrast with every background; undefined if none does. */
export function shadeFor(color: Rgb, target: Rgb, backgrounds: readonly Rgb[], ratio: number): Rgb | undefined {
	for (let step = 0; step <= 20; step += 1) {
		const shade = mix(color, target, step / 20);
		if (backgrounds.every((bg) => contrast(shade, bg) >= ratio)) return shade;
	}
	return undefined;
}
