/**
 * A function of strings that computes each answer once. For Intl formatters and locale data,
 * which cost far more to make than to use: a build of 3,000 pages asks for the same few on
 * every page (the date format and language names of its locale), and making them anew took
 * about a second of the build.
 */
export function memoized<Args extends readonly string[], Value>(make: (...args: Args) => Value): (...args: Args) => Value {
	const made = new Map<string, Value>();
	return (...args) => {
		// No argument here holds a NUL character: locale codes, dates and option names.
		const key = args.join('\u0000');
		if (made.has(key)) return made.get(key) as Value;
		const value = make(...args);
		made.set(key, value);
		return value;
	};
}
