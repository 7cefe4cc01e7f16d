/**
 * The contact relay as a Netlify Function, served at /api/contact-relay (README "Contact form",
 * target relay). Its settings and the help desk's key are the site's environment variables.
 */
import { handleRelay } from '../../src/relay/relay.js';

export default (request: Request): Promise<Response> => handleRelay(request, process.env);

export const config = { path: '/api/contact-relay' };
