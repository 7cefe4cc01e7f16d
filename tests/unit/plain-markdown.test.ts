import { describe, expect, it } from 'vitest';
import { isPlainMarkdown } from '../../src/content/plain-markdown.js';

describe('articles that are plain Markdown', () => {
	it('are headings, lists, links, emphasis, tables, quotes and fenced code', () => {
		const body = `Open **My orders** and choose [Return it](/en/returns/start-a-return/#steps).

## Before you send it

1. Pack the item.
2. Print the label.
   - Tape it on the box.

> Keep the receipt.

| Method | Days |
| --- | --- |
| Courier | 1–2 |

\`\`\`text
KO-123456
\`\`\`
`;
		expect(isPlainMarkdown(body)).toBe(true);
	});

	it('are not when they use components, HTML or expressions', () => {
		expect(isPlainMarkdown('Do this:\n\n<Steps>\n\n1. One\n\n</Steps>\n')).toBe(false);
		expect(isPlainMarkdown('You have <Fact name="returnWindow" /> to return it.')).toBe(false);
		expect(isPlainMarkdown('The code looks like <code>KS-1</code>.')).toBe(false);
		expect(isPlainMarkdown('Written <br /> on two lines.')).toBe(false);
		expect(isPlainMarkdown('Total: {props.total}')).toBe(false);
		expect(isPlainMarkdown('Text {/* a note for writers */}')).toBe(false);
	});

	it('are not when they show an image, which the build optimizes', () => {
		expect(isPlainMarkdown('![The orders page](./orders-page.png)')).toBe(false);
	});

	it('are not when they import or export', () => {
		expect(isPlainMarkdown("import Chart from '../chart.astro';\n\nText.")).toBe(false);
		expect(isPlainMarkdown('export const year = 2026;\n\nText.')).toBe(false);
		// A sentence that starts with the word is still plain.
		expect(isPlainMarkdown('Importing is free.\nExport duties are paid by us.')).toBe(true);
	});

	it('are not when a line is indented like code, which MDX reads as text', () => {
		expect(isPlainMarkdown('Run this:\n\n    npm start\n')).toBe(false);
		expect(isPlainMarkdown('Run this:\n\n\tnpm start\n')).toBe(false);
	});
});
