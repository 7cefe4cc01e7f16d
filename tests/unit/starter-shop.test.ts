import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINE_LANGUAGES } from '../../src/i18n/engine-strings.js';
import { loadShop } from '../../src/shop/load-shop.js';
import { resolveShopPaths } from '../../src/shop/paths.js';
import { checkStarterOptions, starterLanguages, starterShop, starterTexts } from '../../src/starter/starter-shop.js';

let root: string | undefined;
afterEach(() => root && fs.rmSync(root, { recursive: true, force: true }));

/** The components in a text, in order: a translation must keep them all. */
const tags = (text: string) => [...text.matchAll(/<[A-Z][^>]*\/>/g)].map((m) => m[0]);

describe('the starter shop', () => {
	it('can be written in every language the engine speaks', () => {
		expect(starterLanguages()).toEqual([...ENGINE_LANGUAGES]);
		const english = starterTexts('en')!;
		for (const language of ENGINE_LANGUAGES) {
			const texts = starterTexts(language)!;
			for (const part of ['article', 'returns', 'shipping'] as const) expect(tags(texts[part].body), `${language} ${part}`).toEqual(tags(english[part].body));
			expect(texts.returns.conditions, language).toHaveLength(english.returns.conditions.length);
		}
	});

	it('passes the shop check in all of them at once, the first language being the default', () => {
		root = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-starter-'));
		const locales = ['fr', ...ENGINE_LANGUAGES.filter((code) => code !== 'fr')];
		for (const [file, text] of starterShop({ name: 'Boutique «Été»: "test"', locales, today: '2026-12-05' })) {
			fs.mkdirSync(path.dirname(path.join(root, 'content', file)), { recursive: true });
			fs.writeFileSync(path.join(root, 'content', file), text);
		}
		const shop = loadShop(resolveShopPaths({}, root), { includeDrafts: false });
		expect(shop.site.name).toBe('Boutique «Été»: "test"');
		expect(shop.site.defaultLocale).toBe('fr');
		expect(shop.articles).toHaveLength(locales.length);
		expect(shop.policies.pages).toHaveLength(locales.length * 2);
	});

	it('says what is wrong with the options, and what to do instead', () => {
		expect(checkStarterOptions({ name: ' ', locales: ['en', 'en', 'pt_BR', 'kk'], url: 'help.example.com', today: '2026-12-05' })).toEqual([
			'--name is required: the shop name shown in the header, e.g. --name "My Shop"',
			'"en" is listed twice',
			'write "pt-BR" instead of "pt_BR"',
			expect.stringMatching(
				/^the engine has no texts for "kk" yet; start with languages it speaks \(ar, .*\) and add "kk" later with npm run locale -- add kk/,
			),
			'--url must be an address such as https://help.example.com (found "help.example.com")',
		]);
		expect(checkStarterOptions({ name: 'Shop', locales: ['de-AT', 'pt-BR'], today: '2026-12-05' })).toEqual([]);
	});
});
