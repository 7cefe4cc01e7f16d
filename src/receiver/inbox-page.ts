import type { StoredSubmission } from './submission-store.js';

/**
 * The local receiver's inbox: every message received, newest first, so a
 * newcomer sees the whole flow work. Everything a shopper typed is escaped.
 */
export function inboxPage(submissions: readonly StoredSubmission[], photoUrl: (reference: string, stored: string) => string): string {
	const rows = submissions.map(
		(s) => `<article>
<h2>${escapeHtml(s.reference)} · ${escapeHtml(s.topic)} · <time datetime="${escapeHtml(s.receivedAt)}">${escapeHtml(s.receivedAt.replace('T', ' ').slice(0, 19))} UTC</time></h2>
<dl>
<dt>Name</dt><dd dir="auto">${escapeHtml(s.name)}</dd>
<dt>Email</dt><dd>${escapeHtml(s.email)}</dd>
${s.orderNumber ? `<dt>Order number</dt><dd>${escapeHtml(s.orderNumber)}</dd>` : ''}
<dt>Language</dt><dd>${escapeHtml(s.locale)}</dd>
</dl>
<p class="message" dir="auto">${escapeHtml(s.message)}</p>
${s.photos.length ? `<ul>${s.photos.map((p) => `<li><a href="${escapeHtml(photoUrl(s.reference, p.stored))}">${escapeHtml(p.name)}</a> (${Math.ceil(p.size / 1024)} kB)</li>`).join('')}</ul>` : ''}
</article>`,
	);
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
h2 { font-size: 1.1rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dd { margin: 0; }
.message { white-space: pre-wrap; overflow-wrap: anywhere; }
</style>
</head>
<body>
<h1>Contact form inbox</h1>
<p>Messages received by the local receiver that <code>npm start</code> runs (${submissions.length}). They are stored in <code>submissions.jsonl</code>; see README "Contact form" to send them to your help desk instead.</p>
${rows.join('\n') || '<p>No messages yet.</p>'}
</body>
</html>
`;
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
