import { DOMParser } from 'linkedom';
import { escapeHtml } from '../utils/escape-html.js';
import { inlineParts, type InlinePart } from './segments.js';

/**
 * XLIFF 2.0, the exchange format of translation tools (memoQ, Trados, Phrase, Crowdin, Weblate,
 * OmegaT): one file per text, one unit per segment. Codes in a segment (components, <Fact>s,
 * code, link targets, bold) are XLIFF inline codes whose original text lives in the unit's
 * <originalData>, so a translator moves them but cannot break them; the import refuses a unit
 * whose codes do not match its source.
 */

export interface UnitToWrite {
	/** "title", "description", "keywords", or "b<n>" for the n-th segment of the text. */
	id: string;
	/** The original's Markdown. */
	source: string;
	/** A translation to start from (a segment that did not change). */
	target?: string | undefined;
	/** For an outdated translation: the original's text when it was last translated, if this segment changed since. */
	previous?: string | undefined;
}

export interface XliffToWrite {
	/** "returns/how-to-return-an-item" or "policy/returns". */
	key: string;
	/** The original's file, relative to the project. */
	original: string;
	srcLang: string;
	trgLang: string;
	units: readonly UnitToWrite[];
}

const x = (text: string) => escapeHtml(text);

function encode(parts: readonly InlinePart[], data: string[], next: { id: number }): string {
	return parts
		.map((part) => {
			if ('text' in part) return x(part.text);
			const id = next.id++;
			if ('code' in part) {
				data.push(`<data id="d${id}">${x(part.code)}</data>`);
				return `<ph id="${id}" dataRef="d${id}"/>`;
			}
			data.push(`<data id="d${id}s">${x(part.open)}</data>`, `<data id="d${id}e">${x(part.close)}</data>`);
			return `<pc id="${id}" dataRefStart="d${id}s" dataRefEnd="d${id}e">${encode(part.inner, data, next)}</pc>`;
		})
		.join('');
}

/** Source and target share their codes: the same ids, so a tool can tell they belong together. */
function unitXml(unit: UnitToWrite): string {
	const data: string[] = [];
	const source = encode(inlineParts(unit.source), data, { id: 1 });
	const target = unit.target === undefined ? undefined : encode(inlineParts(unit.target), [], { id: 1 });
	const notes = unit.previous === undefined ? '' : `\n   <notes><note category="previous-source">${x(unit.previous)}</note></notes>`;
	const originalData = data.length > 0 ? `\n   <originalData>${data.join('')}</originalData>` : '';
	const state = target === undefined ? 'initial' : 'translated';
	return `  <unit id="${x(unit.id)}">${notes}${originalData}
   <segment state="${state}">
    <source>${source}</source>${target === undefined ? '' : `\n    <target>${target}</target>`}
   </segment>
  </unit>`;
}

export function writeXliff(file: XliffToWrite): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${x(file.srcLang)}" trgLang="${x(file.trgLang)}">
 <file id="${x(file.key)}" original="${x(file.original)}">
  <notes><note category="instructions">Translate the text of each unit. The codes (components, policy facts, links, code) keep their place in the sentence as the language needs, but every code stays. "previous-source" notes show the original as it was at the last translation.</note></notes>
${file.units.map(unitXml).join('\n')}
 </file>
</xliff>
`;
}

export interface ReadXliff {
	key: string;
	original: string;
	srcLang: string;
	trgLang: string;
	/** Every unit's id, in the file's order, with or without a usable translation. */
	unitIds: string[];
	/** Each unit's translation as Markdown, by unit id. */
	targets: Map<string, string>;
	/** What is wrong, per unit: a missing translation, a code lost, changed or added. */
	problems: string[];
}

interface XmlNode {
	nodeType: number;
	nodeName: string;
	textContent: string | null;
	childNodes: ArrayLike<XmlNode>;
	getAttribute(name: string): string | null;
}

export function readXliff(text: string): ReadXliff {
	const doc = new DOMParser().parseFromString(text, 'text/xml') as unknown as {
		querySelector(s: string): XmlNode | null;
		querySelectorAll(s: string): ArrayLike<XmlNode>;
	};
	const root = doc.querySelector('xliff');
	const file = doc.querySelector('file');
	if (!root || !file || root.getAttribute('version') !== '2.0') throw new Error('is not an XLIFF 2.0 file written by npm run translate -- export');
	const targets = new Map<string, string>();
	const problems: string[] = [];
	const unitIds: string[] = [];
	for (const unit of Array.from(doc.querySelectorAll('unit'))) {
		const id = unit.getAttribute('id') ?? '?';
		unitIds.push(id);
		const data = new Map(Array.from(descendants(unit, 'data')).map((d) => [d.getAttribute('id') ?? '', d.textContent ?? '']));
		const source = first(unit, 'source');
		const target = first(unit, 'target');
		if (!target || !(target.textContent ?? '').trim()) {
			problems.push(`unit ${id}: has no translation`);
			continue;
		}
		const expected = codesOf(source);
		const found = codesOf(target);
		const missing = expected.filter((code) => !found.includes(code));
		const extra = found.filter((code, i) => !expected.includes(code) || found.indexOf(code) !== i);
		if (missing.length > 0 || extra.length > 0) {
			const name = (code: string) => `"${decodeCode(code, data)}"`;
			problems.push(
				`unit ${id}: ${[missing.length ? `lost ${missing.map(name).join(', ')}` : '', extra.length ? `has codes that are not in the source (${extra.join(', ')})` : ''].filter(Boolean).join('; ')}; keep every code of the source once`,
			);
			continue;
		}
		targets.set(id, markdownOf(target, data).trim());
	}
	return {
		key: file.getAttribute('id') ?? '',
		original: file.getAttribute('original') ?? '',
		srcLang: root.getAttribute('srcLang') ?? '',
		trgLang: root.getAttribute('trgLang') ?? '',
		unitIds,
		targets,
		problems,
	};
}

function first(node: XmlNode, name: string): XmlNode | undefined {
	return descendants(node, name)[0];
}

function descendants(node: XmlNode, name: string): XmlNode[] {
	const found: XmlNode[] = [];
	for (const child of Array.from(node.childNodes)) {
		if (child.nodeType !== 1) continue;
		if (child.nodeName.toLowerCase() === name) found.push(child);
		found.push(...descendants(child, name));
	}
	return found;
}

/** The codes a source or target holds, as "ph:1", "pc:2". */
function codesOf(node: XmlNode | undefined): string[] {
	if (!node) return [];
	return descendants(node, 'ph')
		.map((ph) => `ph:${ph.getAttribute('id')}`)
		.concat(descendants(node, 'pc').map((pc) => `pc:${pc.getAttribute('id')}`));
}

function decodeCode(code: string, data: Map<string, string>): string {
	const [kind, id] = code.split(':');
	return kind === 'ph' ? (data.get(`d${id}`) ?? code) : `${data.get(`d${id}s`) ?? ''}…${data.get(`d${id}e`) ?? ''}`;
}

function markdownOf(node: XmlNode, data: Map<string, string>): string {
	return Array.from(node.childNodes)
		.map((child) => {
			if (child.nodeType === 3) return child.textContent ?? '';
			if (child.nodeType !== 1) return '';
			const name = child.nodeName.toLowerCase();
			if (name === 'ph') return data.get(child.getAttribute('dataRef') ?? '') ?? '';
			if (name === 'pc')
				return `${data.get(child.getAttribute('dataRefStart') ?? '') ?? ''}${markdownOf(child, data)}${data.get(child.getAttribute('dataRefEnd') ?? '') ?? ''}`;
			return markdownOf(child, data);
		})
		.join('');
}
