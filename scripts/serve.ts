/**
 * Serves the built help center (dist/) on http://localhost:4321/ together
 * with the local contact form receiver, so the whole flow works on one
 * machine: `npm start` builds, then runs this.
 *
 *   PORT=8080 npm start            another port
 *   HELP_CENTER_INBOX=/var/inbox   where received messages (and local insight events) are kept (default .help-center/inbox)
 *   HELP_CENTER_HOSTS=help.example.com   other host names it is reached by (behind a proxy);
 *                                  posts from any other origin are refused
 */
import path from 'node:path';
import { createTranslator } from '../src/i18n/translator.js';
import { createFormToken, readOrCreateKey } from '../src/receiver/form-token.js';
import { startHelpCenterServer } from '../src/receiver/server.js';
import { createSubmissionStore } from '../src/receiver/submission-store.js';
import { createEventStore } from '../src/insights/event-store.js';
import { loadShop } from '../src/shop/load-shop.js';
import { resolveShopPaths } from '../src/shop/paths.js';

const shop = loadShop(resolveShopPaths(), { includeDrafts: false });
const base = process.env.BASE_PATH || '/';
const siteDir = path.resolve(process.env.HELP_CENTER_OUT_DIR || 'dist');
const store = createSubmissionStore(path.resolve(process.env.HELP_CENTER_INBOX || '.help-center/inbox'));
const formToken = createFormToken(readOrCreateKey(path.join(store.dir, 'form-token.key')));
// Insight events are kept beside the inbox, when the shop collects them here.
const insights = shop.site.insights?.target === 'local' ? createEventStore(store.dir) : undefined;
const server = await startHelpCenterServer({
	siteDir,
	base,
	store,
	formToken,
	extraHosts: (process.env.HELP_CENTER_HOSTS ?? '').split(',').filter(Boolean),
	contactForm: shop.site.contactForm,
	insights,
	locales: shop.site.locales.map((locale) => locale.code),
	defaultLocale: shop.site.defaultLocale,
	t: createTranslator(shop.ui, shop.site.defaultLocale),
	port: Number(process.env.PORT || 4321),
	host: process.env.HOST || 'localhost',
});
const root = `${server.url}${base.replace(/\/?$/, '/')}`;
console.log(`\n  ${shop.site.name} help center: ${root}`);
if (shop.site.contactForm?.target === 'local') {
	console.log(`  Contact form inbox (local receiver): ${root}api/contact/inbox/`);
	console.log(`  Messages are kept in ${path.relative(process.cwd(), store.dir)}/submissions.jsonl`);
}
if (insights) console.log(`  Insight events are kept in ${path.relative(process.cwd(), insights.file)}; npm run report summarizes them`);
console.log('\n  Press Ctrl+C to stop.\n');
