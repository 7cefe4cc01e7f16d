import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; browsers cannot be downloaded by npm on this project's machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Which fonts the browser may use: the machine's (CI installs Debian's fonts-noto-core, as many
 * shoppers' systems have wide Noto fonts), or `minimal`, everything but Noto (DejaVu on Debian),
 * as on a machine without it. Text widths differ by tens of pixels between the two.
 */
export type FontSet = 'system' | 'minimal';

export function launchChromium({ fonts = 'system' }: { fonts?: FontSet } = {}): Promise<Browser> {
	if (!fs.existsSync(CHROMIUM)) {
		throw new Error(`Browser tests need Chromium at ${CHROMIUM}. Install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
	}
	return chromium.launch({
		executablePath: CHROMIUM,
		...(fonts === 'minimal' ? { env: { ...process.env, FONTCONFIG_FILE: minimalFontConfig() } } : {}),
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

const SYSTEM_FONTS = '/usr/share/fonts';

/** A fontconfig file that lists the system's font folders except Noto's, for Chromium's FONTCONFIG_FILE. */
function minimalFontConfig(): string {
	const folders = fs.existsSync(SYSTEM_FONTS)
		? fs
				.readdirSync(SYSTEM_FONTS, { withFileTypes: true, recursive: true })
				.filter((entry) => entry.isDirectory())
				.map((entry) => path.join(entry.parentPath, entry.name))
				.filter((folder) => !/noto/i.test(folder))
		: [];
	const hasFonts = folders.some((folder) => fs.readdirSync(folder).some((file) => /\.(ttf|otf|ttc)$/i.test(file)));
	if (!hasFonts) throw new Error(`No fonts other than Noto under ${SYSTEM_FONTS}: install Debian's fonts-dejavu-core`);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minimal-fonts-'));
	const file = path.join(dir, 'fonts.conf');
	fs.writeFileSync(
		file,
		[
			'<?xml version="1.0"?>',
			'<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
			'<fontconfig>',
			...folders.map((folder) => `  <dir>${folder}</dir>`),
			`  <cachedir>${path.join(dir, 'cache')}</cachedir>`,
			'  <include ignore_missing="yes">/etc/fonts/conf.d</include>',
			'</fontconfig>',
			'',
		].join('\n'),
	);
	return file;
}

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** The WCAG 2.2 A and AA rules axe checks. */
const WCAG_RULES = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] };
/** The rules a colour scheme can change: the same page in dark mode differs only in colours. */
export const COLOUR_RULES = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };

/** Runs axe-core with the WCAG 2.2 A and AA rules (or `rules`); returns serious and critical violations. */
export async function seriousViolations(page: Page, rules: { type: string; values: string[] } = WCAG_RULES): Promise<AxeViolation[]> {
	// Evaluated through the DevTools protocol: a <script> tag would be blocked by the site's Content-Security-Policy.
	// Once per document: parsing axe takes longer than many of its checks.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(async (runOnly) => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
		const result = await axe.run(document, { runOnly });
		return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((n) => ({ target: n.target })) }));
	}, rules);
	return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Stops the pages' clock at `iso` (Date and Date.now), so date-dependent UI can be tested. */
export async function fixClock(context: BrowserContext, iso: string): Promise<void> {
	await context.addInitScript(`{
		const fixed = new Date('${iso}').getTime();
		const RealDate = Date;
		globalThis.Date = class extends RealDate { constructor(...args) { super(...(args.length ? args : [fixed])); } static now() { return fixed; } };
	}`);
}
