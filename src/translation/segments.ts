import { isFence } from '../content/prose-lines.js';

/**
 * An MDX text cut into what a translator translates and what they must leave alone: each
 * heading, list item, table cell, quote and paragraph line is a segment; Markdown's structure
 * (heading marks, list bullets, table pipes), code blocks and component lines stay in the
 * skeleton. Inside a segment, code, components, expressions and link targets become codes
 * (XLIFF placeholders) that a translator can move but not change.
 */

export type SkeletonPart = { literal: string } | { segment: number };

export interface SegmentedBody {
	skeleton: SkeletonPart[];
	/** The Markdown of each segment, in order. */
	segments: string[];
}

/** A line that is only component or HTML tags, an import or export: nothing to translate. */
const CODE_LINE = /^\s*(?:(?:<\/?[A-Za-z][^>]*>\s*)+|import\s.*|export\s.*)$/;
const STRUCTURE = /^(\s*(?:#{1,6}\s+|(?:[-*+]|\d+[.)])\s+|>\s?)+)(.*)$/;
const TABLE_DIVIDER = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$/;

export function segmentBody(body: string): SegmentedBody {
	const skeleton: SkeletonPart[] = [];
	const segments: string[] = [];
	const literal = (text: string) => {
		const last = skeleton.at(-1);
		if (last && 'literal' in last) last.literal += text;
		else skeleton.push({ literal: text });
	};
	const segment = (text: string) => {
		// Spaces around a segment belong to the skeleton.
		const lead = /^\s*/.exec(text)![0];
		const trail = /\s*$/.exec(text.slice(lead.length))![0];
		const core = text.slice(lead.length, text.length - trail.length);
		literal(lead);
		if (/[\p{L}\p{N}]/u.test(core)) {
			skeleton.push({ segment: segments.length });
			segments.push(core);
		} else literal(core);
		literal(trail);
	};
	let inFence = false;
	const lines = body.split('\n');
	lines.forEach((line, index) => {
		const end = index < lines.length - 1 ? '\n' : '';
		if (isFence(line)) inFence = !inFence;
		if (inFence || isFence(line) || line.trim() === '' || CODE_LINE.test(line) || TABLE_DIVIDER.test(line)) {
			literal(line + end);
			return;
		}
		if (/^\s*\|/.test(line)) {
			// A table row: each cell is a segment, the pipes are structure.
			const cells = line.split(/(?<!\\)\|/);
			cells.forEach((cell, i) => {
				segment(cell);
				if (i < cells.length - 1) literal('|');
			});
			literal(end);
			return;
		}
		const structure = STRUCTURE.exec(line);
		if (structure) {
			literal(structure[1]!);
			segment(structure[2]!);
		} else segment(line);
		literal(end);
	});
	return { skeleton, segments };
}

/** The body again, with each segment replaced by its translation. */
export function joinBody(skeleton: readonly SkeletonPart[], translated: readonly string[]): string {
	return skeleton.map((part) => ('literal' in part ? part.literal : translated[part.segment]!)).join('');
}

/** A piece of a segment: text to translate, a code to keep (placeholder), or a pair of codes around text. */
export type InlinePart = { text: string } | { code: string } | { open: string; close: string; inner: InlinePart[] };

const INLINE = /(`[^`]*`)|(<[A-Za-z/][^>]*>)|(\{[^}]*\})|\[([^\]]+)\]\(([^)\s]+(?:\s+"[^"]*")?)\)|\*\*([^*]+)\*\*/g;

/** A segment's Markdown as text and codes. */
export function inlineParts(markdown: string): InlinePart[] {
	const parts: InlinePart[] = [];
	let at = 0;
	for (const match of markdown.matchAll(INLINE)) {
		if (match.index > at) parts.push({ text: markdown.slice(at, match.index) });
		const [whole, code, tag, expression, label, target, bold] = match;
		if (code ?? tag ?? expression) parts.push({ code: whole });
		else if (label !== undefined) parts.push({ open: '[', close: `](${target})`, inner: inlineParts(label) });
		else if (bold !== undefined) parts.push({ open: '**', close: '**', inner: inlineParts(bold) });
		at = match.index + whole.length;
	}
	if (at < markdown.length) parts.push({ text: markdown.slice(at) });
	return parts;
}
