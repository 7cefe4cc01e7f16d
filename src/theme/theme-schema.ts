import { z } from 'zod';
import { parseHex } from './colors.js';

const color = z
	.string({ error: 'must be a colour written as #rrggbb, e.g. "#0a5c8a" (in quotes: # starts a comment in YAML)' })
	.refine((value) => parseHex(value) !== undefined, { error: 'must be a colour written as #rrggbb, e.g. "#0a5c8a"' });

const publicFile = (what: string) =>
	z
		.string({ error: `must be the name of ${what} in public/, e.g. "logo.svg"` })
		.trim()
		.regex(/^(?!\/)(?!.*\.\.)[\w./-]+$/, { error: `must be a file name inside public/, such as "logo.svg" or "brand/logo.png"` });

/** site.yaml `theme`: the shop's brand, applied on top of the engine's look. README "Your brand". */
export const themeSchema = z.strictObject({
	/** An image in public/ shown in the header instead of the shop name (which becomes its alt text). */
	logo: publicFile('an SVG, PNG or WebP image')
		.refine((file) => /\.(svg|png|webp)$/i.test(file), { error: 'must be an SVG, PNG or WebP image' })
		.optional(),
	/** Links and buttons in light mode. */
	accent: color.optional(),
	/** Links and buttons in dark mode; without it, a lighter shade of accent. */
	accentDark: color.optional(),
	/** The browser tab icon, in public/. */
	favicon: publicFile('an icon')
		.refine((file) => /\.(svg|png|ico)$/i.test(file), { error: 'must be an SVG, PNG or ICO file' })
		.optional(),
});

export type ThemeInput = z.output<typeof themeSchema>;
