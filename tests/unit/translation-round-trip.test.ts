import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadShop } from '../../src/shop/load-shop.js';
import { exportXliff, importXliff } from '../../src/translation/round-trip.js';
import { joinBody, segmentBody } from '../../src/translation/segments.js';
import { readXliff } from '../../src/translation/xliff.js';
import { projectRoot } from '../helpers/build-site.js';
import { copyFixtureShop } from '../helpers/shop-copy.js';

const fixture = (file: string) => fs.readFileSync(path.join(projectRoot, 'tests/fixtures/shop/content', file), 'utf8');
const CANCEL = 'content/articles/en/orders/cancel-an-order.mdx';

/** What a translator does in their tool: a target for every source, the codes kept where they were. */
function translate(xliff: string, mark = 'RU'): string {
	return xliff.replace(
		/<source>([\s\S]*?)<\/source>/g,
		(whole, inner: string) =>
			`${whole}\n    <target>${inner.replace(/(^|>)([^<]+)/g, (_, before: string, text: string) => `${before}${mark} ${text}`)}</target>`,
	);
}

describe('a text cut into segments', () => {
	it('joins back into exactly the text, with structure, components and code left out of the segments', () => {
		const body = [
			'',
			'## Before it ships',
			'',
			'Open **My orders** and see [tracking](/en/orders/track-an-order/#top) within <Fact name="returnWindow" />.',
			'',
			'<Steps>',
			'',
			'1. Open `My orders`.',
			'2. Select {props.x}.',
			'',
			'</Steps>',
			'',
			'| Method | Time |',
			'| --- | --- |',
			'| Courier | 2 days |',
			'',
			'```sh',
			'not translated',
			'```',
			'> A quote',
			'',
		].join('\n');
		const { skeleton, segments } = segmentBody(body);
		expect(segments).toEqual([
			'Before it ships',
			'Open **My orders** and see [tracking](/en/orders/track-an-order/#top) within <Fact name="returnWindow" />.',
			'Open `My orders`.',
			'Select {props.x}.',
			'Method',
			'Time',
			'Courier',
			'2 days',
			'A quote',
		]);
		expect(joinBody(skeleton, segments)).toBe(body);
	});
});

describe('XLIFF for translators', () => {
	it('keeps components, facts, links and bold as codes that survive the round trip, and builds valid MDX', () => {
		const xliff = exportXliff({
			key: 'orders/cancel-an-order',
			originalFile: CANCEL,
			original: fixture('articles/en/orders/cancel-an-order.mdx'),
			srcLang: 'en',
			trgLang: 'ru',
		});
		expect(xliff).toContain('<source>Open <pc id="1" dataRefStart="d1s" dataRefEnd="d1e">My orders</pc> and select <pc id="2"');
		const { file, text } = importXliff(translate(xliff), (original) => (original === CANCEL ? fixture('articles/en/orders/cancel-an-order.mdx') : undefined));
		expect(file).toBe('content/articles/ru/orders/cancel-an-order.mdx');
		expect(text).toContain('title: RU Can I cancel my order?');
		expect(text).toContain('keywords: [RU stop my order, cancle]');
		expect(text).toContain('related: [returns/start-a-return]');
		expect(text).not.toContain('updated:');
		expect(text).toContain('## RU Before it leaves the warehouse');
		expect(text).toContain('RU Open **RU My orders**RU  and select **RU Cancel order**');
		expect(text).toContain('<Steps>\n\n1. RU Open **RU My orders**');
		expect(text).toContain('<Video provider="youtube" id="aqz-KE-bpKQ" title="Cancelling an order" />');

		const copy = copyFixtureShop({ 'articles/ru/orders/cancel-an-order.mdx': text });
		try {
			const shop = loadShop(copy, { includeDrafts: false });
			expect(shop.articles.find((a) => a.id === 'ru/orders/cancel-an-order')?.data.title).toBe('RU Can I cancel my order?');
		} finally {
			copy.remove();
		}
	});

	it('refuses a unit whose translation lost or invented a code, and a unit left untranslated, naming each', () => {
		const xliff = translate(
			exportXliff({
				key: 'returns/start-a-return',
				originalFile: 'content/articles/en/returns/start-a-return.mdx',
				original: fixture('articles/en/returns/start-a-return.mdx'),
				srcLang: 'en',
				trgLang: 'he',
			}),
		);
		const broken = xliff.replace(/(<target>[^\n]*?)<ph id="1" dataRef="d1"\/>/, '$1').replace(/<target>RU Register[^<]*<\/target>/, '<target> </target>');
		const read = readXliff(broken);
		expect(read.problems).toEqual(['unit description: has no translation', 'unit b2: lost "<Fact name="returnWindow" />"; keep every code of the source once']);
		expect(() => importXliff(broken, () => fixture('articles/en/returns/start-a-return.mdx'))).toThrow('unit b2: lost "<Fact name="returnWindow" />"');
	});

	it('refuses a translation whose original is gone, changed since the export, or not in the source language', () => {
		const original = fixture('articles/en/returns/start-a-return.mdx');
		const exportOf = (originalFile: string, text = original) =>
			translate(exportXliff({ key: 'returns/start-a-return', originalFile, original: text, srcLang: 'en', trgLang: 'he' }));
		const xliff = exportOf('content/articles/en/returns/start-a-return.mdx');
		expect(() => importXliff(xliff, () => undefined)).toThrow('its original content/articles/en/returns/start-a-return.mdx does not exist any more');
		// A paragraph added since the export is a unit the translation does not have.
		const grown = `${original.trimEnd()}\n\nA paragraph the writer added after the export.\n`;
		expect(() => importXliff(xliff, () => grown)).toThrow(
			'content/articles/en/returns/start-a-return.mdx changed since this file was exported: export it again (npm run translate -- export he)',
		);
		// Even a unit the translator left empty counts as exported: the text itself did not change.
		const withEmptyUnit = xliff.replace(/<target>RU Register[^<]*<\/target>/, '<target> </target>');
		expect(() => importXliff(withEmptyUnit, () => original)).toThrow(/^unit description: has no translation$/);
		const elsewhere = exportOf('notes/start-a-return.mdx');
		expect(() => importXliff(elsewhere, () => original)).toThrow('notes/start-a-return.mdx is not a text of the en articles or policies');
		expect(() => importXliff('<xliff version="1.2"><file/></xliff>', () => original)).toThrow(
			'is not an XLIFF 2.0 file written by npm run translate -- export',
		);
	});

	it('starts an outdated translation from what is still right, and shows the original as it was where it changed', () => {
		const before = fixture('articles/en/orders/track-an-order.mdx');
		const now = before.replace('Open the shipping email', 'Open the shipping email or the app');
		// A translation of the original as it was, unit for unit.
		const translation = before
			.replace('How do I track my order?', 'איך עוקבים אחרי ההזמנה?')
			.replace('## No news after three days', '## אין חדשות אחרי שלושה ימים');
		const xliff = exportXliff({
			key: 'orders/track-an-order',
			originalFile: 'content/articles/en/orders/track-an-order.mdx',
			original: now,
			previousOriginal: before,
			translation,
			srcLang: 'en',
			trgLang: 'he',
		});
		const units = xliff.split('<unit ').slice(1);
		const title = units.find((u) => u.startsWith('id="title"'))!;
		expect(title).toContain('<target>איך עוקבים אחרי ההזמנה?</target>');
		expect(units.find((u) => u.includes('No news after three days'))).toContain('<target>אין חדשות אחרי שלושה ימים</target>');
		const changed = units.find((u) => u.includes('Open the shipping email or the app'))!;
		expect(changed).toContain('<note category="previous-source">Open the shipping email and select');
		expect(changed).not.toContain('<target>');
	});
});

describe('npm run translate', () => {
	it('exports what a language lacks and imports the translation into content/, ready to build', () => {
		const copy = copyFixtureShop({}, 'hc-translate-');
		try {
			execFileSync('git', ['init', '-q'], { cwd: copy.root });
			const run = (...args: string[]) =>
				spawnSync(path.join(projectRoot, 'node_modules/.bin/tsx'), [path.join(projectRoot, 'scripts/translate.ts'), ...args], {
					cwd: copy.root,
					encoding: 'utf8',
					env: { ...process.env, HELP_CENTER_CONTENT: '', NO_COLOR: '1' },
				});
			const exported = run('export', 'ru');
			expect(exported.status, exported.stderr).toBe(0);
			const file = path.join(copy.root, 'translations/ru/orders--cancel-an-order.xlf');
			expect(fs.existsSync(file)).toBe(true);
			fs.writeFileSync(file, translate(fs.readFileSync(file, 'utf8')));
			const imported = run('import', file);
			expect(imported.status, imported.stderr).toBe(0);
			const shop = loadShop(copy, { includeDrafts: false });
			expect(shop.articles.some((a) => a.id === 'ru/orders/cancel-an-order')).toBe(true);
			expect(shop.translations.find((e) => e.locale === 'ru' && e.key === 'orders/cancel-an-order')?.state).toBe('translated');
		} finally {
			copy.remove();
		}
	});
});
