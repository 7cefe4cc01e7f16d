import { z } from 'zod';
import { ICON_NAMES } from '../components/icons.js';
import { localizedTextSchema } from './common-schemas.js';

export const categoryIdSchema = z
	.string({ error: 'is required: the folder name used under content/articles/<locale>/' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lowercase letters, digits and dashes, like "returns" or "gift-cards"' });

export const categorySchema = z.strictObject({
	id: categoryIdSchema,
	icon: z.enum(ICON_NAMES, { error: `must be one of: ${ICON_NAMES.join(', ')}` }).default('question'),
	title: localizedTextSchema,
	description: localizedTextSchema.optional(),
});

export const categoriesSchema = z
	.array(categorySchema, { error: 'must be a list of categories, each starting with "- id: ..."' })
	.superRefine((categories, ctx) => {
		const seen = new Set<string>();
		categories.forEach((category, index) => {
			if (seen.has(category.id)) {
				ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${category.id}" is used by an earlier category too` });
			}
			seen.add(category.id);
		});
	});

export type CategoryInput = z.output<typeof categorySchema>;
