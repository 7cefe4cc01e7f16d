import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ENGINE_LANGUAGES, engineLanguageFor } from '../i18n/engine-strings.js';
import { languageCodeProblem } from '../i18n/locales.js';

/**
 * The smallest valid shop, in the languages a new shop owner chose: what
 * `npm run shop:init` writes instead of the sample. One category, one article
 * per language (the default language's first), returns and shipping facts
 * whose values are marked FILL IN, the policy texts around them, an email
 * channel and the local contact form. It builds as it is, so CI is green from
 * the first commit, and every value the owner must change says so.
 */
export interface StarterOptions {
	name: string;
	/** Language codes, the default language first. */
	locales: string[];
	url?: string;
	/** YYYY-MM-DD, written as the date the facts were last checked. */
	today: string;
}

/** Files to write, by path relative to the shop's content/ folder. */
export type StarterFiles = Map<string, string>;

const text = z.string().trim().min(1);
const starterTextsSchema = z.strictObject({
	category: z.strictObject({ title: text, description: text }),
	article: z.strictObject({ title: text, description: text.max(200), body: text }),
	returns: z.strictObject({ title: text, description: text.max(200), body: text, conditions: z.array(text).min(1), nonReturnable: z.array(text) }),
	shipping: z.strictObject({ title: text, description: text.max(200), body: text }),
	topics: z.strictObject({ order: text, return: text, other: text }),
});
export type StarterTexts = z.output<typeof starterTextsSchema>;

const TEXTS_DIR = path.join(import.meta.dirname, 'texts');

/** The languages the starter shop can be written in: those the engine speaks and has starter texts for. */
export function starterLanguages(): string[] {
	return ENGINE_LANGUAGES.filter((code) => fs.existsSync(path.join(TEXTS_DIR, `${code}.json`)));
}

/** The starter texts for a language code (de-AT uses de's), or undefined when there are none. */
export function starterTexts(code: string): StarterTexts | undefined {
	const language = engineLanguageFor(code);
	const file = language && path.join(TEXTS_DIR, `${language}.json`);
	if (!file || !fs.existsSync(file)) return undefined;
	return starterTextsSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** Problems with the options, as sentences for the person running the command; empty when they are fine. */
export function checkStarterOptions(options: StarterOptions): string[] {
	const problems: string[] = [];
	if (!options.name.trim()) problems.push('--name is required: the shop name shown in the header, e.g. --name "My Shop"');
	if (options.locales.length === 0) problems.push('--locales is required: language codes, the default first, e.g. --locales en,de,ar');
	const seen = new Set<string>();
	for (const code of options.locales) {
		const codeProblem = languageCodeProblem(code);
		if (codeProblem) {
			problems.push(codeProblem);
			continue;
		}
		if (seen.has(code)) problems.push(`"${code}" is listed twice`);
		seen.add(code);
		if (!starterTexts(code)) {
			problems.push(
				`the engine has no texts for "${code}" yet; start with languages it speaks (${starterLanguages().join(', ')}) and add "${code}" later with npm run locale -- add ${code} (README "Adding or removing a language")`,
			);
		}
	}
	if (options.url !== undefined && !/^https?:\/\/[^/\s]+/.test(options.url))
		problems.push(`--url must be an address such as https://help.example.com (found "${options.url}")`);
	return problems;
}

const CATEGORY = 'orders';
const ARTICLE = 'where-is-my-order';

export function starterShop(options: StarterOptions): StarterFiles {
	const problems = checkStarterOptions(options);
	if (problems.length > 0) throw new Error(problems.join('\n'));
	const { locales, today } = options;
	const texts = new Map(locales.map((code) => [code, starterTexts(code) as StarterTexts]));
	const byLocale = <T>(pick: (t: StarterTexts) => T) => locales.map((code) => [code, pick(texts.get(code) as StarterTexts)] as const);
	const countries = countriesOf(locales);
	const files: StarterFiles = new Map();

	files.set(
		'site.yaml',
		siteYaml(
			options,
			byLocale((t) => t.topics),
		),
	);
	files.set(
		'categories.yaml',
		[
			'# Categories in the order shoppers see them. An article belongs to the category',
			'# whose id is its folder: content/articles/<locale>/<category id>/<slug>.mdx.',
			'# `icon` is one of: box, truck, return, card, person, question, gift, shield, chat.',
			`- id: ${CATEGORY}`,
			'  icon: box',
			'  title:',
			...byLocale((t) => t.category.title).map(([code, value]) => `    ${code}: ${quote(value)}`),
			'  description:',
			...byLocale((t) => t.category.description).map(([code, value]) => `    ${code}: ${quote(value)}`),
			'',
		].join('\n'),
	);
	for (const [code, t] of texts) {
		files.set(
			`articles/${code}/${CATEGORY}/${ARTICLE}.mdx`,
			frontMatter({ title: t.article.title, description: t.article.description, updated: today, featured: 'true' }) + `\n${t.article.body}\n`,
		);
		files.set(`policies/${code}/returns.mdx`, frontMatter({ title: t.returns.title, description: t.returns.description }) + `\n${t.returns.body}\n`);
		files.set(`policies/${code}/shipping.mdx`, frontMatter({ title: t.shipping.title, description: t.shipping.description }) + `\n${t.shipping.body}\n`);
	}
	files.set('policies/returns.yaml', returnsYaml(today, countries, locales, texts));
	files.set('policies/shipping.yaml', shippingYaml(today, countries));
	files.set('contact/channels.yaml', channelsYaml(options));
	return files;
}

/** The countries the shop likely serves: where each language is mostly spoken (de -> DE, ar -> EG). The owner corrects them. */
function countriesOf(locales: string[]): string[] {
	const regions = locales.map((code) => new Intl.Locale(code).maximize().region).filter((r): r is string => r !== undefined && /^[A-Z]{2}$/.test(r));
	return [...new Set(regions)];
}

function siteYaml(options: StarterOptions, topics: (readonly [string, StarterTexts['topics']])[]): string {
	const topic = (id: keyof StarterTexts['topics']) => [`    - id: ${id}`, '      label:', ...topics.map(([code, t]) => `        ${code}: ${quote(t[id])}`)];
	return [
		`# ${options.name}: the shop behind this help center. README "Start your own help center"`,
		'# explains every setting; the build checks this file and names what is wrong.',
		`name: ${quote(options.name)}`,
		'# Public address of the help center (canonical links, hreflang, sitemap).',
		'# Deploys can override it with the SITE_URL environment variable.',
		options.url ? `url: ${quote(options.url)}` : 'url: https://help.example.com # FILL IN: the address the help center is published at',
		'# Where "Back to the shop" in the footer goes. FILL IN, then remove the #:',
		'# shopUrl: https://www.example.com',
		`defaultLocale: ${options.locales[0]}`,
		'# One line per language. Add or remove one with npm run locale -- add <code>.',
		'locales:',
		...options.locales.map((code) => `  - code: ${code}`),
		'',
		'# What shoppers search, open, vote and answer after contact, without personal data;',
		'# npm run report summarizes it. README "Insights" explains the targets (local, webhook).',
		'insights:',
		'  target: local',
		'',
		'# The contact form on /<locale>/contact/. README "Contact form" explains the targets:',
		'# local is the receiver `npm start` runs, for trying things out. FILL IN the target',
		'# your host supports (netlify, formspree, zendesk or json) before you deploy.',
		'contactForm:',
		'  target: local',
		'  maxMessageLength: 2000',
		'  topics:',
		...topic('order'),
		...topic('return'),
		...topic('other'),
		'',
	].join('\n');
}

function returnsYaml(today: string, countries: string[], locales: string[], texts: Map<string, StarterTexts>): string {
	const localized = (pick: (t: StarterTexts) => string[], index: number, indent: string) =>
		locales.map((code, i) => `${i === 0 ? `${indent}- ` : `${indent}  `}${code}: ${quote(pick(texts.get(code) as StarterTexts)[index] ?? '')}`);
	const first = texts.get(locales[0] ?? '') as StarterTexts;
	return [
		'# The returns policy: the facts every returns page, checker and article states.',
		'# Every value marked FILL IN is a guess: replace it with your own terms.',
		`updated: ${today} # the day you last checked these facts`,
		`returnTo: ${countries[0] ?? 'US'} # FILL IN: the country returns are sent to`,
		`countries: [${countries.join(', ')}] # FILL IN: the countries this policy applies to (ISO codes)`,
		'window: { days: 30, startsOn: delivery } # FILL IN: days to return; startsOn delivery or purchase',
		'# FILL IN: what a returned item must be like, in every language.',
		'conditions:',
		...first.returns.conditions.flatMap((_, index) => localized((t) => t.returns.conditions, index, '  ')),
		'# FILL IN: what cannot be returned (remove the list for none).',
		'nonReturnable:',
		...first.returns.nonReturnable.flatMap((_, index) => localized((t) => t.returns.nonReturnable, index, '  ')),
		'methods: [mail] # FILL IN: mail, dropOff, store',
		'returnShipping: { payer: shop } # FILL IN: shop, customer (with fee: { amount: 4.90, currency: EUR }) or customerOwnCarrier',
		'refundTypes: [originalPayment] # FILL IN: originalPayment, storeCredit, exchange',
		'refundDays: 14 # FILL IN: days until you refund a return that arrived',
		'exchanges: { allowed: false } # FILL IN: true if shoppers can exchange instead',
		'',
	].join('\n');
}

function shippingYaml(today: string, countries: string[]): string {
	return [
		'# Delivery: what every shipping page, estimator and article states.',
		'# Every value marked FILL IN is a guess: replace it with your own terms.',
		`updated: ${today} # the day you last checked these facts`,
		'timeZone: Europe/London # FILL IN: the time zone of your warehouse (IANA name, e.g. Europe/Berlin)',
		'cutoffTime: "14:00" # FILL IN: orders paid by this time leave the same business day',
		'handlingDays: { min: 0, max: 1 } # FILL IN: business days before an order leaves the warehouse',
		'zones:',
		'  - id: home',
		`    countries: [${countries.join(', ')}] # FILL IN: the countries you deliver to`,
		'    methods:',
		'      - id: standard',
		'        service: home # home, pickup, express or economy',
		'        carrier: Standard post # FILL IN: the carrier shoppers know',
		'        price: { amount: 4.90, currency: EUR } # FILL IN: price and currency (ISO 4217)',
		'        freeFrom: { amount: 50, currency: EUR } # FILL IN, or remove the line if delivery is never free',
		'        transitDays: { min: 2, max: 4 } # FILL IN: business days on the way',
		'',
	].join('\n');
}

function channelsYaml(options: StarterOptions): string {
	const domain = options.url ? new URL(options.url).hostname.replace(/^help\./, '') : 'example.com';
	return [
		'# How shoppers reach you. README "Contact channels" lists every channel type',
		'# (phone, WhatsApp, Telegram, live chat ...) with its settings.',
		'timeZone: Europe/London # FILL IN: the time zone of your opening hours',
		'channels:',
		'  - id: email',
		'    type: email',
		`    address: help@${domain} # FILL IN: the address you answer from`,
		'    hours: always',
		'    responseTime: { hours: 24 } # FILL IN: how soon you usually answer',
		'',
		'# Which channels shoppers see, first the one they prefer; a language can have its own list.',
		'order:',
		'  default: [email]',
		'',
	].join('\n');
}

function frontMatter(fields: Record<string, string>): string {
	const lines = Object.entries(fields).map(([key, value]) => `${key}: ${key === 'updated' || key === 'featured' ? value : quote(value)}`);
	return ['---', ...lines, '---', ''].join('\n');
}

/** A YAML scalar that reads back as exactly this text, whatever it holds (quotes, colons, right-to-left text). */
function quote(value: string): string {
	return JSON.stringify(value);
}
