/**
 * The local receiver in a process of its own, so a test can kill it with
 * SIGKILL in the middle of a burst of posts. Keeps messages in
 * HELP_CENTER_INBOX and prints its address once it listens.
 */
import { contactFormConfigSchema } from '../../src/contact/form-config-schema.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { startHelpCenterServer } from '../../src/receiver/server.js';
import { createSubmissionStore } from '../../src/receiver/submission-store.js';

const inbox = process.env.HELP_CENTER_INBOX;
if (!inbox) throw new Error('Set HELP_CENTER_INBOX');
const server = await startHelpCenterServer({
	siteDir: inbox,
	base: '/',
	store: createSubmissionStore(inbox),
	contactForm: contactFormConfigSchema.parse({ target: 'local', topics: [{ id: 'order', label: { en: 'An order' } }] }),
	locales: ['en'],
	defaultLocale: 'en',
	t: createTranslator({ en: { common: {} } }, 'en'),
});
process.stdout.write(`${server.url}\n`);
