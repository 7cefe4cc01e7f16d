/**
 * The contact relay as a Cloudflare Pages Function, served at /api/contact-relay (README
 * "Contact form", target relay). Its settings and the help desk's key are the Pages project's
 * environment variables; nothing here changes per shop.
 */
import { handleRelay, type RelayEnv } from '../../src/relay/relay.js';

export const onRequest = ({ request, env }: { request: Request; env: RelayEnv }): Promise<Response> => handleRelay(request, env);
