/**
 * Reads the JavaScript in an MDX attribute such as `steps={3}` or
 * `items={["a", "b"]}` and accepts it only when it is a plain value: numbers,
 * strings, true, false, null, and lists and groups of those. Anything else
 * (a name, a call, an operator, `${...}` in a template string) would be code
 * running in the build, and content is data, not code.
 *
 * This is a small reader of its own, not a JavaScript parser: it knows the few
 * shapes a value can have and refuses everything else, so a trick it does not
 * know is refused rather than let through.
 */

export type Literal = string | number | boolean | null | readonly Literal[] | { readonly [key: string]: Literal };

export type LiteralResult = { ok: true; value: Literal } | { ok: false };

/** Lists inside lists deeper than this are not a writer's data; refusing them also keeps the reader's stack small. */
const MAX_DEPTH = 32;

const NUMBER =
	/(?:0[xX][\da-fA-F](?:_?[\da-fA-F])*|0[bB][01](?:_?[01])*|0[oO][0-7](?:_?[0-7])*|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?)/y;
const IDENTIFIER = /[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*/uy;
const IDENTIFIER_PART = /[\p{ID_Continue}$\u200C\u200D]/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const BLANK = /\s+/y;
const LINE_COMMENT = /\/\/[^\n\r\u2028\u2029]*/y;
const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
	['n', '\n'],
	['t', '\t'],
	['r', '\r'],
	['b', '\b'],
	['f', '\f'],
	['v', '\v'],
]);

/** Not a literal: thrown inside the reader only, caught by readLiteral. */
class NotLiteral extends Error {}

class Reader {
	readonly source: string;
	pos = 0;

	constructor(source: string) {
		this.source = source;
	}

	/** Skips white space and comments, which are allowed anywhere between values. */
	space(): void {
		for (;;) {
			if (this.matchAt(BLANK) !== undefined || this.matchAt(LINE_COMMENT) !== undefined) continue;
			if (this.source.startsWith('/*', this.pos)) {
				const end = this.source.indexOf('*/', this.pos + 2);
				if (end === -1) throw new NotLiteral();
				this.pos = end + 2;
				continue;
			}
			return;
		}
	}

	done(): boolean {
		return this.pos >= this.source.length;
	}

	peek(): string {
		return this.source[this.pos] ?? '';
	}

	expect(char: string): void {
		if (this.peek() !== char) throw new NotLiteral();
		this.pos += 1;
	}

	value(depth: number): Literal {
		if (depth > MAX_DEPTH) throw new NotLiteral();
		this.space();
		const char = this.peek();
		if (char === '"' || char === "'" || char === '`') return this.string(char);
		if (char === '[') return this.list(depth);
		if (char === '{') return this.group(depth);
		if (char === '-') {
			this.pos += 1;
			this.space();
			return -this.number();
		}
		const word = this.matchAt(IDENTIFIER);
		if (word !== undefined) {
			if (word === 'true') return true;
			if (word === 'false') return false;
			if (word === 'null') return null;
			// Any other name refers to something in the code (process, window, a variable).
			throw new NotLiteral();
		}
		return this.number();
	}

	number(): number {
		const text = this.matchAt(NUMBER);
		// "3px" or "10n" is not a plain number.
		if (text === undefined || IDENTIFIER_PART.test(this.peek())) throw new NotLiteral();
		return Number(text.replaceAll('_', ''));
	}

	string(quote: string): string {
		this.pos += 1;
		let text = '';
		for (;;) {
			const char = this.peek();
			if (char === '') throw new NotLiteral();
			this.pos += 1;
			if (char === quote) return text;
			if (char === '\\') {
				text += this.escape();
				continue;
			}
			// A template string runs the code in ${...}.
			if (quote === '`' && char === '$' && this.peek() === '{') throw new NotLiteral();
			// Only template strings may span lines.
			if (quote !== '`' && LINE_BREAK.test(char)) throw new NotLiteral();
			text += char;
		}
	}

	/** The character an escape such as \n or \u0041 stands for, so "\u006Aavascript:" is read as what it is. */
	escape(): string {
		const char = this.peek();
		this.pos += 1;
		const simple = SIMPLE_ESCAPES.get(char);
		if (simple !== undefined) return simple;
		if (char === '0' && !/\d/.test(this.peek())) return '\0';
		// Old octal escapes are a syntax error in modules, which is what MDX compiles to.
		if (/\d/.test(char)) throw new NotLiteral();
		if (char === 'x') return String.fromCodePoint(this.hex(/[\da-fA-F]{2}/y));
		if (char === 'u') {
			if (this.peek() !== '{') return String.fromCodePoint(this.hex(/[\da-fA-F]{4}/y));
			this.pos += 1;
			const code = this.hex(/[\da-fA-F]{1,6}/y);
			this.expect('}');
			if (code > 0x10ffff) throw new NotLiteral();
			return String.fromCodePoint(code);
		}
		// A backslash before a line break continues the string on the next line.
		if (char === '\r' && this.peek() === '\n') {
			this.pos += 1;
			return '';
		}
		if (LINE_BREAK.test(char)) return '';
		if (char === '') throw new NotLiteral();
		return char;
	}

	hex(pattern: RegExp): number {
		const digits = this.matchAt(pattern);
		if (digits === undefined) throw new NotLiteral();
		return Number.parseInt(digits, 16);
	}

	list(depth: number): Literal[] {
		this.expect('[');
		const items: Literal[] = [];
		for (;;) {
			this.space();
			if (this.peek() === ']') break;
			items.push(this.value(depth + 1));
			this.space();
			if (this.peek() !== ',') break;
			this.pos += 1;
		}
		this.expect(']');
		return items;
	}

	group(depth: number): Record<string, Literal> {
		this.expect('{');
		const fields: Record<string, Literal> = {};
		for (;;) {
			this.space();
			if (this.peek() === '}') break;
			const key = this.key();
			this.space();
			// Without a colon it would be `{name}`, which reads the variable `name`, or a method.
			this.expect(':');
			Object.defineProperty(fields, key, { value: this.value(depth + 1), enumerable: true, writable: true, configurable: true });
			this.space();
			if (this.peek() !== ',') break;
			this.pos += 1;
		}
		this.expect('}');
		return fields;
	}

	key(): string {
		const char = this.peek();
		if (char === '"' || char === "'") return this.string(char);
		const word = this.matchAt(IDENTIFIER);
		if (word !== undefined) return word;
		// `[name]: 1` computes the key, `...rest` copies code's values: both refused here.
		return String(this.number());
	}

	matchAt(pattern: RegExp): string | undefined {
		pattern.lastIndex = this.pos;
		const match = pattern.exec(this.source);
		if (!match) return undefined;
		this.pos += match[0].length;
		return match[0];
	}
}

/** The value of an attribute expression when it is a plain value, else `{ ok: false }`. */
export function readLiteral(source: string): LiteralResult {
	const reader = new Reader(source);
	try {
		const value = reader.value(0);
		reader.space();
		return reader.done() ? { ok: true, value } : { ok: false };
	} catch (error) {
		if (error instanceof NotLiteral) return { ok: false };
		throw error;
	}
}

/** Whether an expression holds only comments (and white space), like the writer's note `{/* check before the sale *\/}`. */
export function isCommentOnly(source: string): boolean {
	const reader = new Reader(source);
	try {
		reader.space();
		return reader.done();
	} catch (error) {
		if (error instanceof NotLiteral) return false;
		throw error;
	}
}
