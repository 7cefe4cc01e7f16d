import { z } from 'zod';
import { languageTagSchema, timeZoneSchema } from '../shop/common-schemas.js';
import { parseSchedule, type WeeklySchedule } from './hours.js';

export const CHANNEL_TYPES = ['email', 'phone', 'whatsapp', 'telegram', 'viber', 'messenger', 'zalo', 'sms', 'chat'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

const phoneNumber = z
	.string({ error: 'is required: the number in international format, e.g. "+420 530 123 456"' })
	.trim()
	.regex(/^\+[1-9][\d\s().-]{6,20}$/, { error: 'must be in international format starting with +, e.g. "+420 530 123 456"' });

const schedule = z
	.record(z.string(), z.string({ error: 'must be time ranges such as "08:00-18:00"' }), {
		error: 'must list days with time ranges, e.g. "mon-fri: 08:00-18:00", or be "always"',
	})
	.transform((input, ctx): WeeklySchedule => {
		try {
			return parseSchedule(input);
		} catch (error) {
			ctx.addIssue({ code: 'custom', message: (error as Error).message, input });
			return z.NEVER;
		}
	});

const hours = z.preprocess((value) => (value === 'always' ? { 'mon-sun': '00:00-24:00' } : value), schedule);

const responseTime = z.union(
	[
		z.strictObject({ minutes: z.number().int().positive() }),
		z.strictObject({ hours: z.number().int().positive() }),
		z.strictObject({ days: z.number().int().positive() }),
	],
	{ error: 'must be one of { minutes: 5 }, { hours: 24 } or { days: 2 }' },
);

const common = {
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lowercase letters, digits and dashes, like "phone-cz"' }),
	/** When someone answers; "always" for channels that take messages any time. */
	hours,
	/** How soon shoppers usually get an answer. */
	responseTime,
	/** The time zone of `hours` when it is not the file's (a line staffed in another country). */
	timeZone: timeZoneSchema.optional(),
	/**
	 * Languages the staff speak on this channel (BCP 47 codes, not only the site's): channels in
	 * the page's language come first, and search engines' contact points list them.
	 */
	languages: z.array(languageTagSchema).optional(),
};

export const channelSchema = z.discriminatedUnion(
	'type',
	[
		z.strictObject({ ...common, type: z.literal('email'), address: z.email({ error: 'must be an email address' }) }),
		z.strictObject({ ...common, type: z.literal('phone'), number: phoneNumber }),
		z.strictObject({ ...common, type: z.literal('sms'), number: phoneNumber }),
		z.strictObject({ ...common, type: z.literal('whatsapp'), number: phoneNumber }),
		z.strictObject({ ...common, type: z.literal('viber'), number: phoneNumber }),
		z.strictObject({ ...common, type: z.literal('zalo'), number: phoneNumber }),
		z.strictObject({
			...common,
			type: z.literal('telegram'),
			username: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{4,31}$/, { error: 'must be a Telegram username without @, e.g. "shop_help"' }),
		}),
		z.strictObject({
			...common,
			type: z.literal('messenger'),
			page: z.string().regex(/^[A-Za-z0-9.]{3,}$/, { error: 'must be the Facebook page name from its address, e.g. "yourshop"' }),
		}),
		z.strictObject({
			...common,
			type: z.literal('chat'),
			/** Script of the chat provider's widget, loaded only when a shopper opens the chat. */
			widgetScript: z.url({ protocol: /^https$/, error: 'must be the https address of the chat widget script' }),
		}),
	],
	{ error: `must have a type: one of ${CHANNEL_TYPES.join(', ')}` },
);

export type Channel = z.output<typeof channelSchema>;

export const channelsFileSchema = z
	.strictObject({
		/** IANA time zone the hours are given in, e.g. Europe/Berlin. */
		timeZone: timeZoneSchema,
		channels: z.array(channelSchema).min(1, { error: 'must list at least one channel' }),
		/**
		 * Channels per locale, in the order that language's shoppers prefer; `default` for locales
		 * not listed. A shop with content/markets.yaml orders channels per market there instead;
		 * without either, shoppers see every channel in the order above.
		 */
		order: z
			.record(z.string(), z.array(z.string()), {
				error: 'must list which channels shoppers see, in order, e.g. "default: [email, phone]" and a list per language that differs',
			})
			.refine((order) => 'default' in order, {
				error: 'needs a "default" list for locales without their own',
			})
			.optional(),
	})
	.superRefine((file, ctx) => {
		const ids = new Set(file.channels.map((c) => c.id));
		for (const [locale, list] of Object.entries(file.order ?? {})) {
			list.forEach((id, index) => {
				if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['order', locale, index], message: `"${id}" is not the id of a channel above` });
			});
		}
	});

export type ChannelsFile = z.output<typeof channelsFileSchema>;

/** The channels a locale's shoppers see, in their language's order (shops without markets). */
export function channelsFor(file: ChannelsFile, locale: string): Channel[] {
	if (!file.order) return file.channels;
	const ids = file.order[locale] ?? file.order.default ?? [];
	return ids.map((id) => file.channels.find((c) => c.id === id)).filter((c): c is Channel => c !== undefined);
}

/** Where a channel's link goes; undefined for the chat, which opens in the page. */
export function channelHref(channel: Channel): string | undefined {
	const digits = 'number' in channel ? channel.number.replace(/[^\d]/g, '') : '';
	switch (channel.type) {
		case 'email':
			return `mailto:${channel.address}`;
		case 'phone':
			return `tel:+${digits}`;
		case 'sms':
			return `sms:+${digits}`;
		case 'whatsapp':
			return `https://wa.me/${digits}`;
		case 'viber':
			return `viber://chat?number=%2B${digits}`;
		case 'zalo':
			return `https://zalo.me/${digits}`;
		case 'telegram':
			return `https://t.me/${channel.username}`;
		case 'messenger':
			return `https://m.me/${channel.page}`;
		case 'chat':
			return undefined;
	}
}

/** What the link shows: the address, number or handle. */
export function channelHandle(channel: Channel): string | undefined {
	switch (channel.type) {
		case 'email':
			return channel.address;
		case 'telegram':
			return `@${channel.username}`;
		case 'messenger':
			return `m.me/${channel.page}`;
		case 'chat':
			return undefined;
		default:
			return channel.number;
	}
}
