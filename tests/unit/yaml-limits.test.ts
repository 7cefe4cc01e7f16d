import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FRONT_MATTER_LIMIT, readFrontMatter } from '../../src/content/front-matter.js';
import type { ContentProblem } from '../../src/content/problems.js';
import { copyFixtureShop, problemsOf } from '../helpers/shop-copy.js';
import { readYaml, YAML_FILE_LIMIT } from '../../src/shop/read-yaml.js';
import { parseYaml } from '../../src/utils/parse-yaml.js';

/** "Billion laughs": each line holds nine of the line before, so a few hundred bytes would expand to millions of values. */
function aliasBomb(): string[] {
	const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
	return levels.map((name, i) => {
		const item = i === 0 ? '"lol"' : `*${levels[i - 1]}`;
		return `${name}: &${name} [${Array(9).fill(item).join(', ')}]`;
	});
}

const limits = { maxBytes: 1024 * 1024, sizeAdvice: 'make it smaller' };

describe('parseYaml', () => {
	it('reads valid YAML into data, anchors and aliases included', () => {
		expect(parseYaml('name: Shop\nzones: &eu [cz, pl]\nreturns:\n  zones: *eu\n', limits)).toEqual({
			ok: true,
			data: { name: 'Shop', zones: ['cz', 'pl'], returns: { zones: ['cz', 'pl'] } },
		});
	});

	it('stops an alias bomb at the alias where the yaml library gives up, with its line', () => {
		const lines = ['# Shipping zones', 'name: Shop', '', ...aliasBomb()];
		// The library itself accepts the first six lines and throws, naming no line, once line 7 is added.
		expect(() => parse(lines.slice(0, 6).join('\n'))).not.toThrow();
		expect(() => parse(lines.slice(0, 7).join('\n'))).toThrow(ReferenceError);
		expect(parseYaml(lines.join('\n'), limits)).toEqual({
			ok: false,
			problems: [
				'uses aliases too much: from *c on line 7 on, the repeated values would grow too large to read safely (an "alias bomb"); write the values out instead of repeating *anchors',
			],
		});
	});

	it('names both lines of a duplicate key, in every map, top down', () => {
		const text = ['name: Shop', 'zones:', '  - id: eu', '    fee: 5', '    fee: 7', 'name: Shop 2', '"1": one', '1: uno'].join('\n');
		expect(parseYaml(text, limits)).toEqual({
			ok: false,
			problems: [
				'has the key "fee" twice in the same place, on line 4 and line 5; keep one',
				'has the key "name" twice in the same place, on line 1 and line 6; keep one',
				'has the key "1" twice in the same place, on line 7 and line 8; keep one',
			],
		});
	});

	it('allows the same key in different maps', () => {
		expect(parseYaml('a:\n  fee: 1\nb:\n  fee: 2\n', limits).ok).toBe(true);
	});

	it('keeps the syntax error message with its line, counted in the file', () => {
		const text = 'name: Shop\nzones: [cz, pl\nfee: 3\n';
		expect(parseYaml(text, limits)).toEqual({
			ok: false,
			problems: ['is not valid YAML on line 3: Flow sequence in block collection must be sufficiently indented and end with a ]'],
		});
		expect(parseYaml(text, { ...limits, lineOffset: 1 })).toEqual({ ok: false, problems: [expect.stringMatching(/^is not valid YAML on line 4: /)] });
	});

	it('refuses input over the limit, unread', () => {
		expect(parseYaml(`a: "${'x'.repeat(2048)}"`, { maxBytes: 2048, sizeAdvice: 'shorten it' })).toEqual({
			ok: false,
			problems: ['is 3 kB, more than the 2 kB allowed; shorten it'],
		});
	});

	it('names an alias whose anchor is missing', () => {
		expect(parseYaml('a: 1\nb: *nowhere\n', limits)).toEqual({
			ok: false,
			problems: ['uses the alias *nowhere on line 2, but no &nowhere comes before it; put the anchor first, or write the value out'],
		});
	});

	it('does not throw on nesting deep enough to exhaust the stack', () => {
		const result = parseYaml(`${'['.repeat(5_000)}${']'.repeat(5_000)}`, limits);
		expect(result.ok).toBe(false);
	});
});

describe('shop YAML files', () => {
	let dir: string;
	beforeEach(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-yaml-'));
	});
	afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

	const schema = z.record(z.string(), z.unknown());
	function read(name: string, text: string | Buffer): { data: unknown; problems: ContentProblem[] } {
		const file = path.join(dir, name);
		fs.writeFileSync(file, text);
		const problems: ContentProblem[] = [];
		const data = readYaml(file, schema, (f) => `content/${path.relative(dir, f)}`, problems);
		return { data, problems };
	}

	it('reads a valid file with no problem', () => {
		expect(read('markets.yaml', 'cz:\n  currency: CZK\n')).toEqual({ data: { cz: { currency: 'CZK' } }, problems: [] });
	});

	it('reports an alias bomb with the file and line instead of crashing', () => {
		expect(read('markets.yaml', ['markets:', ...aliasBomb().map((line) => `  ${line}`)].join('\n'))).toEqual({
			data: undefined,
			problems: [{ file: 'content/markets.yaml', message: expect.stringMatching(/^uses aliases too much: from \*c on line 5 on, /) }],
		});
	});

	it('reports a duplicate key with the file and both lines', () => {
		expect(read('shipping.yaml', 'cutoff: "14:00"\nhandlingDays: 1\ncutoff: "15:00"\n').problems).toEqual([
			{ file: 'content/shipping.yaml', message: 'has the key "cutoff" twice in the same place, on line 1 and line 3; keep one' },
		]);
	});

	it('keeps the syntax error message with its line', () => {
		expect(read('site.yaml', 'name: Shop\nlocales: [en\ndefaultLocale: en\n').problems).toEqual([
			{ file: 'content/site.yaml', message: expect.stringMatching(/^is not valid YAML on line 3: Flow sequence in block collection/) },
		]);
	});

	it('refuses a file over 1 MB, naming the limit', () => {
		expect(YAML_FILE_LIMIT).toBe(1024 * 1024);
		const big = Buffer.alloc(YAML_FILE_LIMIT + 1, '#');
		expect(read('markets.yaml', big).problems).toEqual([
			{
				file: 'content/markets.yaml',
				message: 'is 1.1 MB, more than the 1 MB allowed; look for pasted data or repeated blocks, or split the facts into smaller files',
			},
		]);
	});

	it('reports a folder where a file should be', () => {
		fs.mkdirSync(path.join(dir, 'site.yaml'));
		const problems: ContentProblem[] = [];
		expect(readYaml(path.join(dir, 'site.yaml'), schema, (f) => `content/${path.relative(dir, f)}`, problems)).toBeUndefined();
		expect(problems).toEqual([{ file: 'content/site.yaml', message: 'is a folder, but must be a YAML file; see README.md for what it holds' }]);
	});
});

describe('front matter', () => {
	it('tells on which line of the file the body starts', () => {
		expect(readFrontMatter('---\ntitle: A\n---\nBody')).toMatchObject({ ok: true, data: { title: 'A' }, body: 'Body', bodyLine: 4 });
		expect(readFrontMatter('\uFEFF---\r\ntitle: A\r\ndescription: B\r\n---\r\n\r\nBody')).toMatchObject({ ok: true, body: '\r\nBody', bodyLine: 5 });
		expect(readFrontMatter('---\n\n---\nBody')).toMatchObject({ ok: true, data: {}, bodyLine: 4 });
	});

	it('names the line in the file of a duplicate key', () => {
		const result = readFrontMatter('---\ntitle: A\ndescription: B\ntitle: C\nupdated: 2026-10-01\nupdated: 2026-10-02\n---\nBody');
		expect(result).toEqual({
			ok: false,
			messages: [
				'front matter has the key "title" twice in the same place, on line 2 and line 4; keep one',
				'front matter has the key "updated" twice in the same place, on line 5 and line 6; keep one',
			],
			message:
				'front matter has the key "title" twice in the same place, on line 2 and line 4; keep one; front matter has the key "updated" twice in the same place, on line 5 and line 6; keep one',
		});
	});

	it('keeps the syntax error with its line in the file', () => {
		expect(readFrontMatter('---\ntitle: A\nkeywords: [a, b\n---\nBody')).toMatchObject({
			ok: false,
			messages: ['front matter is not valid YAML on line 3: Flow sequence in block collection must be sufficiently indented and end with a ]'],
		});
	});

	it('reports an alias bomb instead of throwing', () => {
		expect(readFrontMatter(`---\ntitle: A\n${aliasBomb().join('\n')}\n---\nBody`)).toMatchObject({
			ok: false,
			messages: [expect.stringMatching(/^front matter uses aliases too much: from \*c on line 6 on, /)],
		});
	});

	it('refuses front matter over 64 kB', () => {
		expect(FRONT_MATTER_LIMIT).toBe(64 * 1024);
		const result = readFrontMatter(`---\ntitle: A\ndescription: "${'x'.repeat(FRONT_MATTER_LIMIT)}"\n---\nBody`);
		expect(result).toMatchObject({
			ok: false,
			messages: [
				'front matter is 65 kB, more than the 64 kB allowed; keep only the fields (title, description, updated ...) between the "---" lines and put the text below them',
			],
		});
	});
});

describe('YAML limits in a shop', () => {
	let copy: ReturnType<typeof copyFixtureShop> | undefined;
	afterEach(() => copy?.remove());

	it('lists a duplicate key in a shop file and one in an article together', () => {
		copy = copyFixtureShop({}, 'hc-yaml-shop-');
		const channelsFile = path.join(copy.content, 'contact/channels.yaml');
		const channels = fs.readFileSync(channelsFile, 'utf8');
		expect(channels.startsWith('timeZone: Europe/Prague\n')).toBe(true);
		fs.writeFileSync(channelsFile, `timeZone: Europe/Prague\ntimeZone: Europe/Berlin\n${channels.slice('timeZone: Europe/Prague\n'.length)}`);
		fs.writeFileSync(path.join(copy.content, 'articles/en/orders/twice.mdx'), '---\ntitle: A\ntitle: B\ndescription: C\nupdated: 2026-10-01\n---\nText.\n');
		expect(problemsOf(copy)).toEqual([
			{ file: 'content/articles/en/orders/twice.mdx', message: 'front matter has the key "title" twice in the same place, on line 2 and line 3; keep one' },
			{ file: 'content/contact/channels.yaml', message: 'has the key "timeZone" twice in the same place, on line 1 and line 2; keep one' },
		]);
	});
});
