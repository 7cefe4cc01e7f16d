const FENCE = /^\s*(```|~~~)/;

/** Whether a line opens or closes a fenced code block. */
export const isFence = (line: string) => FENCE.test(line);

/**
 * The lines of a Markdown or MDX body that are prose, with their index in the body: fenced code
 * blocks (fences included) are left out, since what they show is an example, not the text.
 */
export function proseLines(body: string): { text: string; index: number }[] {
	const lines: { text: string; index: number }[] = [];
	let inFence = false;
	body.split('\n').forEach((text, index) => {
		if (isFence(text)) inFence = !inFence;
		else if (!inFence) lines.push({ text, index });
	});
	return lines;
}
