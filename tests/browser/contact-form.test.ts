import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/browser.js';
import { uiStrings } from '../helpers/build-site.js';
import { collectInsightBeacons, useFixtureSite } from '../helpers/fixture-site.js';

const site = useFixtureSite('fixture-contact-form', { receiver: true });

function strings(locale: string) {
	return uiStrings(locale) as {
		form: { errors: Record<string, string>; failed: Record<string, string>; retry: string; submit: string; discardDraft: string; summaryTitle: string };
		sent: { title: string };
	};
}

const TRICKY_MESSAGE = 'The tent <script>alert("x")</script> & <b>poles</b> arrived bent 😞\nשלום, ההזמנה לא הגיעה. Tiếng Việt: e\u0301, Ω\u0308.';
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

let context: BrowserContext | undefined;
afterEach(async () => {
	await context?.close();
	context = undefined;
});

async function openForm(locale: string, options: { javaScriptEnabled?: boolean; query?: string } = {}): Promise<Page> {
	context = await site.browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
	const page = await context.newPage();
	await page.goto(`${site.url}/${locale}/contact/${options.query ? `?q=${encodeURIComponent(options.query)}` : ''}`);
	// The island sets noValidate once hydrated; before that the browser's own checks would run.
	if (options.javaScriptEnabled !== false) await page.locator('#contact-form[novalidate]').waitFor();
	return page;
}

async function fillValid(page: Page, message = 'My order arrived without the tent pegs.') {
	await page.fill('#contact-name', 'Zoë O\u2019Brien');
	await page.fill('#contact-email', 'zoe@example.ie');
	await page.fill('#contact-orderNumber', '  FO-10234  ');
	await page.selectOption('#contact-topic', 'return');
	await page.fill('#contact-message', message);
}

function receivedCount(): number {
	return site.store.read().submissions.length;
}

describe('contact form', () => {
	it('delivers a valid message with every field intact, photo included, and confirms it with a reference', async () => {
		const before = receivedCount();
		const page = await openForm('en');
		await fillValid(page, TRICKY_MESSAGE);
		await page.fill('#contact-name', '<b>Zoë</b> O\u2019Brien');
		await page.setInputFiles('#contact-photos', { name: 'bent-pole.png', mimeType: 'image/png', buffer: PNG });
		await page.click('#contact-form button[type="submit"]');
		await page.waitForURL(/\/en\/contact\/sent\/\?ref=/);

		expect(receivedCount()).toBe(before + 1);
		const [received] = site.store.read().submissions;
		expect(received).toMatchObject({
			name: '<b>Zoë</b> O\u2019Brien',
			email: 'zoe@example.ie',
			orderNumber: 'FO-10234',
			topic: 'return',
			message: TRICKY_MESSAGE,
			locale: 'en',
		});
		expect(received?.photos).toEqual([expect.objectContaining({ name: 'bent-pole.png', type: 'image/png', size: PNG.byteLength })]);

		await expect.poll(() => page.locator('h1').textContent()).toBe(strings('en').sent.title);
		expect(await page.locator('[data-reference-value]').textContent()).toBe(received?.reference);
		expect(await page.locator('[data-reference]').isVisible()).toBe(true);
		// The script in the message was kept as text and never ran anywhere.
		const inbox = await context!.newPage();
		let alerted = false;
		inbox.on('dialog', (dialog) => {
			alerted = true;
			return dialog.dismiss();
		});
		await inbox.goto(`${site.url}/api/contact/inbox/`);
		expect(await inbox.locator('.message').first().textContent()).toBe(TRICKY_MESSAGE);
		expect(alerted).toBe(false);

		// A sent message leaves no draft behind.
		await page.goto(`${site.url}/en/contact/`);
		await page.locator('#contact-form[novalidate]').waitFor();
		expect(await page.inputValue('#contact-message')).toBe('');
	});

	it('tells the insights target that a shopper started, sent and rated the help, never what they wrote', async () => {
		context = await site.browser.newContext({ timezoneId: 'Europe/Prague' });
		const beacons = await collectInsightBeacons(context);
		const page = await context.newPage();
		await page.goto(`${site.url}/en/contact/`);
		await page.locator('#contact-form[novalidate]').waitFor();
		await fillValid(page);
		await page.click('#contact-form button[type="submit"]');
		await page.waitForURL(/\/en\/contact\/sent\/\?ref=.*&topic=return$/);
		await expect
			.poll(() => beacons.flatMap((b) => b.events))
			.toEqual([
				{ type: 'contactStarted', locale: 'en' },
				{ type: 'contactSent', locale: 'en', topic: 'return', market: 'cz' },
			]);

		// The question after contact, answered with the first touch, and the second one too.
		const survey = uiStrings('en').survey as { ces: { question: string }; csat: { question: string }; thanks: string };
		await expect.poll(() => page.locator('.hc-survey legend').allTextContents()).toEqual([survey.ces.question, survey.csat.question]);
		await page.getByRole('button', { name: '6 of 7' }).click();
		await expect.poll(() => page.locator('.hc-survey [role="status"]').allTextContents()).toEqual([survey.thanks]);
		await page.getByRole('button', { name: '5 of 5' }).click();
		await expect.poll(() => page.locator('.hc-survey [role="status"]').count()).toBe(2);
		// Asked once per message: a reload shows the thanks, not the buttons.
		await page.reload();
		await page.getByRole('button', { name: '6 of 7' }).waitFor({ state: 'attached' });
		await page.locator('.hc-survey').click({ position: { x: 2, y: 2 } });
		await expect.poll(() => page.locator('.hc-survey [role="status"]').count()).toBe(2);
		await expect
			.poll(() => beacons.flatMap((b) => b.events).filter((e) => e.type === 'survey'))
			.toEqual([
				{ type: 'survey', locale: 'en', question: 'ces', score: 6, topic: 'return' },
				{ type: 'survey', locale: 'en', question: 'csat', score: 5, topic: 'return' },
			]);
		const sent = JSON.stringify(beacons);
		for (const typed of ['tent pegs', 'zoe@example.ie', 'Brien', 'FO-10234']) expect(sent).not.toContain(typed);
	});

	for (const locale of ['en', 'he']) {
		it(`shows what to fix in ${locale}, next to each field and in a summary that takes focus, keeping what was typed`, async () => {
			const text = strings(locale).form.errors;
			const page = await openForm(locale);
			await page.fill('#contact-email', 'dana@example');
			await page.fill('#contact-orderNumber', '12345');
			await page.fill('#contact-message', 'x'.repeat(301));
			await page.click('#contact-form button[type="submit"]');

			await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contact-form-summary');
			expect(await page.locator('#contact-name-error').textContent()).toBe(text.nameRequired);
			expect(await page.locator('#contact-email-error').textContent()).toBe(text.emailInvalid);
			expect(await page.locator('#contact-orderNumber-error').textContent()).toBe(text.orderNumberInvalid?.replace('{{example}}', '\u2068FO-10234\u2069'));
			expect(await page.locator('#contact-topic-error').textContent()).toBe(text.topicRequired);
			expect(await page.locator('#contact-message-error').textContent()).toContain('300');
			expect(await page.locator('#contact-email').getAttribute('aria-invalid')).toBe('true');
			expect(await page.locator('#contact-email').getAttribute('aria-describedby')).toContain('contact-email-error');
			expect(await page.locator('#contact-form-summary li').count()).toBe(5);
			expect(await page.inputValue('#contact-email')).toBe('dana@example');
			expect(await page.inputValue('#contact-message')).toBe('x'.repeat(301));
			expect(await seriousViolations(page)).toEqual([]);

			// A summary link takes the shopper to the field; fixing it clears its message.
			await page.locator('#contact-form-summary a[href="#contact-email"]').click();
			await page.fill('#contact-email', 'dana@example.co.il');
			await expect.poll(() => page.locator('#contact-email').getAttribute('aria-invalid')).toBe(null);
			expect(await page.locator('#contact-email-error').isHidden()).toBe(true);
		});
	}

	it('can be filled, corrected and sent with the keyboard alone, in a sensible order', async () => {
		const before = receivedCount();
		const page = await openForm('en');
		const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
		// From the top of the page, Tab until the first field of the form.
		for (let i = 0; i < 40 && (await focused()) !== 'contact-name'; i++) await page.keyboard.press('Tab');
		expect(await focused()).toBe('contact-name');
		await page.keyboard.type('Ana Kowalska');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('contact-email');
		await page.keyboard.type('ana@example');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('contact-orderNumber');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('contact-topic');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('contact-message');
		await page.keyboard.type('The tent pegs are missing.');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('contact-photos');
		await page.keyboard.press('Tab');
		// The spam trap is skipped; next is the send button.
		expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('submit');
		await page.keyboard.press('Enter');

		// The summary takes focus; its link takes the shopper to the field to fix.
		await expect.poll(focused).toBe('contact-form-summary');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		expect(await focused()).toBe('contact-email');
		await page.keyboard.type('.pl');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/en\/contact\/sent\/\?ref=/);
		expect(receivedCount()).toBe(before + 1);
		expect(site.store.read().submissions[0]).toMatchObject({ name: 'Ana Kowalska', email: 'ana@example.pl', topic: 'order' });
	});

	it('keeps everything typed when sending fails, says why, and sends on retry', async () => {
		const before = receivedCount();
		const page = await openForm('he');
		const text = strings('he').form;
		await fillValid(page, 'החבילה לא הגיעה 📦');
		let failWith: 'server' | 'network' | undefined = 'server';
		await page.route('**/api/contact', (route) => {
			if (failWith === 'server') return route.fulfill({ status: 503, body: 'maintenance' });
			if (failWith === 'network') return route.abort('internetdisconnected');
			return route.continue();
		});

		await page.click('#contact-form button[type="submit"]');
		const alert = page.locator('#contact-form').getByRole('alert');
		await expect.poll(() => alert.textContent()).toContain(text.failed.server?.replace('{{status}}', '503'));

		failWith = 'network';
		await page.getByRole('button', { name: text.retry }).click();
		await expect.poll(() => alert.textContent()).toContain(text.failed.network);
		expect(await page.inputValue('#contact-message')).toBe('החבילה לא הגיעה 📦');
		expect(await page.inputValue('#contact-orderNumber')).toBe('  FO-10234  ');
		expect(await alert.locator('a[href="#channels"]').count()).toBe(1);
		expect(receivedCount()).toBe(before);

		failWith = undefined;
		await page.getByRole('button', { name: text.retry }).click();
		await page.waitForURL(/\/he\/contact\/sent\/\?ref=/);
		expect(receivedCount()).toBe(before + 1);
		expect(site.store.read().submissions[0]).toMatchObject({ message: 'החבילה לא הגיעה 📦', orderNumber: 'FO-10234', locale: 'he' });
	});

	it('restores an unsent draft after a reload, and clears it on request', async () => {
		const page = await openForm('en');
		await page.fill('#contact-name', 'Jana Nováková');
		await page.fill('#contact-message', 'Half-written question about my refund');
		await page.reload();
		await page.locator('#contact-form[novalidate]').waitFor();
		await expect.poll(() => page.inputValue('#contact-message')).toBe('Half-written question about my refund');
		expect(await page.inputValue('#contact-name')).toBe('Jana Nováková');

		await page.getByRole('button', { name: strings('en').form.discardDraft }).click();
		expect(await page.inputValue('#contact-message')).toBe('');
		await page.reload();
		await page.locator('#contact-form[novalidate]').waitFor();
		expect(await page.inputValue('#contact-name')).toBe('');
	});

	it('posts without JavaScript: errors come back in the page language with what was typed, then the message arrives', async () => {
		const before = receivedCount();
		const page = await openForm('he', { javaScriptEnabled: false });
		await fillValid(page, 'שלום <i>עולם</i>');
		await page.fill('#contact-orderNumber', 'ABC');
		await page.click('#contact-form button[type="submit"]');

		expect(await page.locator('#contact-orderNumber-error').textContent()).toBe(
			strings('he').form.errors.orderNumberInvalid?.replace('{{example}}', '\u2068FO-10234\u2069'),
		);
		expect(await page.locator('#contact-form-summary').isVisible()).toBe(true);
		expect(await page.inputValue('#contact-message')).toBe('שלום <i>עולם</i>');
		expect(await page.inputValue('#contact-name')).toBe('Zoë O\u2019Brien');
		expect(await page.locator('#contact-topic').inputValue()).toBe('return');
		expect(receivedCount()).toBe(before);

		await page.fill('#contact-orderNumber', 'FO-10234');
		await page.click('#contact-form button[type="submit"]');
		await page.waitForURL(/\/he\/contact\/sent\/\?ref=/);
		const [received] = site.store.read().submissions;
		expect(received).toMatchObject({ message: 'שלום <i>עולם</i>', locale: 'he' });
		expect(await page.locator('[data-reference-value]').textContent()).toBe(received?.reference);
	});

	it('keeps a message whose spam trap was filled, marked for the inbox, and confirms it with its real reference', async () => {
		const before = receivedCount();
		const page = await openForm('en');
		await fillValid(page);
		await page.evaluate(() => ((document.getElementById('contact-trap') as HTMLInputElement).value = 'https://spam.example'));
		await page.click('#contact-form button[type="submit"]');
		await page.waitForURL(/\/en\/contact\/sent\/\?ref=/);
		expect(receivedCount()).toBe(before + 1);
		const [received] = site.store.read().submissions;
		expect(received?.spam).toContain('honeypot');
		expect(await page.locator('[data-reference-value]').textContent()).toBe(received?.reference);
	});

	it('keeps a restored draft sent at once after a reload: the reference shown is in the inbox', async () => {
		const before = receivedCount();
		const page = await openForm('ru');
		await fillValid(page, 'Посылка не пришла, трекинг стоит уже неделю.');
		await page.reload();
		await page.locator('#contact-form[novalidate]').waitFor();
		await expect.poll(() => page.inputValue('#contact-message')).toBe('Посылка не пришла, трекинг стоит уже неделю.');
		// Sent within the receiver's minimum fill time of the page it served: suspicious, but kept.
		await page.click('#contact-form button[type="submit"]');
		await page.waitForURL(/\/ru\/contact\/sent\/\?ref=/);
		const reference = new URL(page.url()).searchParams.get('ref');
		expect(receivedCount()).toBe(before + 1);
		const [received] = site.store.read().submissions;
		expect(received).toMatchObject({ reference, message: 'Посылка не пришла, трекинг стоит уже неделю.', spam: ['tooFast'] });
		// The draft goes only once the receiver confirmed.
		expect(await page.evaluate(() => window.localStorage.getItem('helpcenter:contact-draft'))).toBeNull();
	});

	it('carries an unanswered search over to the message, and suggests articles as the shopper types', async () => {
		context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.url}/en/search/?q=${encodeURIComponent('kayak paddle warranty')}`);
		await page.locator('.hc-results__contact a').click();
		await page.waitForURL(/\/en\/contact\/\?q=kayak/);
		await page.locator('#contact-form[novalidate]').waitFor();
		await expect.poll(() => page.inputValue('#contact-message')).toBe('kayak paddle warranty');

		await page.fill('#contact-message', 'where is my parcel, I have no tracking number');
		const suggestion = page.locator('.hc-form__suggestions a');
		await expect.poll(() => suggestion.first().textContent()).toBe('How do I track my order?');
	});
});
