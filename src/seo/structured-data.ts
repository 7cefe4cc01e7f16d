/**
 * schema.org data for search engines, as JSON-LD: the breadcrumb trail of a
 * page, the Article a help article is, and the FAQPage a list of answered
 * questions is.
 */
import { memoized } from '../utils/memoized.js';

/** Serializes JSON-LD for a <script type="application/ld+json">, safe against "</script>" in text. */
export function jsonLd(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function breadcrumbList(items: readonly { name: string; url: string }[]): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
	};
}

export interface ArticleFacts {
	headline: string;
	description: string;
	url: string;
	/** YYYY-MM-DD, when known. */
	dateModified?: string | undefined;
	/** Language of the text (the original's, on an untranslated page). */
	inLanguage: string;
	publisher: { name: string; url?: string | undefined };
}

export function articleData(facts: ArticleFacts): Record<string, unknown> {
	const organization = { '@type': 'Organization', name: facts.publisher.name, ...(facts.publisher.url ? { url: facts.publisher.url } : {}) };
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: facts.headline,
		description: facts.description,
		mainEntityOfPage: facts.url,
		url: facts.url,
		...(facts.dateModified ? { dateModified: facts.dateModified } : {}),
		inLanguage: facts.inLanguage,
		author: organization,
		publisher: organization,
	};
}

/** Open Graph's locale form: "he_IL", "cs_CZ" (language and its most likely territory). */
export const openGraphLocale = memoized((locale: string): string => {
	try {
		const full = new Intl.Locale(locale).maximize();
		return full.region ? `${full.language}_${full.region}` : full.language;
	} catch {
		return locale.replace('-', '_');
	}
});

/** A title that asks something: "How do I return an item?", "Как оформить возврат?", "؟" in Arabic script. */
export function isQuestion(title: string): boolean {
	return /[?？؟]$/.test(title.trim());
}

export interface AnsweredQuestion {
	question: string;
	/** The short answer shown with the question on the page. */
	answer: string;
	/** Where the full answer is. */
	url: string;
}

/**
 * A page that lists questions with their short answers (a category page:
 * article titles that are questions, and their descriptions) is an FAQPage.
 * Only what the page itself shows belongs in it.
 */
export function faqPage(questions: readonly AnsweredQuestion[]): Record<string, unknown> | undefined {
	if (questions.length === 0) return undefined;
	return {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		mainEntity: questions.map(({ question, answer, url }) => ({
			'@type': 'Question',
			name: question,
			url,
			acceptedAnswer: { '@type': 'Answer', text: answer, url },
		})),
	};
}
