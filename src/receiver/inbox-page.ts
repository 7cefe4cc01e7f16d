import { escapeHtml } from '../utils/escape-html.js';
import type { StoreContents, StoredSubmission } from './submission-store.js';

/**
 * The inbox and its photos hold what strangers sent: nothing in them may run,
 * be framed by another site, or leak the inbox address onwards.
 */
export const INBOX_HEADERS = {
	'content-type': 'text/html; charset=utf-8',
	'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'no-referrer',
	'cache-control': 'no-store',
} as const;

const SIGNALS: Record<NonNullable<StoredSubmission['spam']>[number], string> = {
	honeypot: 'the hidden field people never see was filled',
	tooFast: 'sent within seconds of opening the page',
	forgedToken: 'the page token was not issued by this receiver',
};

/**
 * The local receiver's inbox: every message received, newest first, so a
 * newcomer sees the whole flow work. Messages that look like a bot's are
 * listed apart, with the reason; lines of the store that are not whole
 * messages are reported, not hidden. Everything a shopper typed is escaped.
 */
export function inboxPage({ submissions, damaged }: StoreContents, photoUrl: (reference: string, stored: string) => string): string {
	const messages = submissions.filter((s) => !s.spam?.length);
	const suspected = submissions.filter((s) => s.spam?.length);
	const article = (s: StoredSubmission) => `<article>
<h3>${escapeHtml(s.reference)} · ${escapeHtml(s.topic)} · <time datetime="${escapeHtml(s.receivedAt)}">${escapeHtml(s.receivedAt.replace('T', ' ').slice(0, 19))} UTC</time></h3>
${s.spam?.length ? `<p class="spam">Suspected spam: ${s.spam.map((signal) => escapeHtml(SIGNALS[signal] ?? signal)).join('; ')}.</p>` : ''}
<dl>
<dt>Name</dt><dd dir="auto">${escapeHtml(s.name)}</dd>
<dt>Email</dt><dd>${escapeHtml(s.email)}</dd>
${s.orderNumber ? `<dt>Order number</dt><dd>${escapeHtml(s.orderNumber)}</dd>` : ''}
<dt>Language</dt><dd>${escapeHtml(s.locale)}</dd>
${s.market ? `<dt>Market</dt><dd>${escapeHtml(s.market)}</dd>` : ''}
${s.fromPage ? `<dt>From</dt><dd><a href="${escapeHtml(s.fromPage)}">${escapeHtml(s.fromPage)}</a></dd>` : ''}
</dl>
<p class="message" dir="auto">${escapeHtml(s.message)}</p>
${s.photos.length ? `<ul>${s.photos.map((p) => `<li><a href="${escapeHtml(photoUrl(s.reference, p.stored))}">${escapeHtml(p.name)}</a> (${Math.ceil(p.size / 1024)} kB)</li>`).join('')}</ul>` : ''}
</article>`;
	const damage = damaged.length
		? `<section class="damaged" aria-labelledby="damaged">
<h2 id="damaged">Damaged lines in submissions.jsonl (${damaged.length})</h2>
<p>These lines are not whole messages: a write was cut short (a crash or a full disk). No sender was told these messages arrived. Other messages are not affected.</p>
<ul>${damaged.map((d) => `<li>Line ${d.line}: <code>${escapeHtml(d.start)}</code></li>`).join('')}</ul>
</section>`
		: '';
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Contact form inbox (local receiver)</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; max-inline-size: 48rem; margin: 2rem auto; padding-inline: 1rem; }
article { border-block-start: 1px solid #999; padding-block: 1rem; }
h3 { font-size: 1.1rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dd { margin: 0; }
.message { white-space: pre-wrap; overflow-wrap: anywhere; }
.spam, .damaged { color: #8a1c00; }
</style>
</head>
<body>
<h1>Contact form inbox</h1>
<p>Messages received by the local receiver that <code>npm start</code> runs. They are stored in <code>submissions.jsonl</code>; see README "Contact form" to send them to your help desk instead.</p>
${damage}
<section aria-labelledby="messages">
<h2 id="messages">Messages (${messages.length})</h2>
${messages.map(article).join('\n') || '<p>No messages yet.</p>'}
</section>
<section aria-labelledby="suspected">
<h2 id="suspected">Suspected spam (${suspected.length})</h2>
<p>Kept in case a person was judged wrongly: answer them like any other message if they are real.</p>
${suspected.map(article).join('\n') || '<p>None.</p>'}
</section>
</body>
</html>
`;
}
