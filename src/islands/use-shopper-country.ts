import { useEffect, useState } from 'react';

/**
 * The country a policy tool starts on and remembers: the page's market's (which the inline
 * market script keeps on <html data-country>, following the shopper's "Ship to" choice), and
 * once the shopper picks one in any tool, that one on every page (the script stores it and
 * moves the shopper to its market). Without markets, the page's own guess.
 */
export function useShopperCountry(initial: string, countries: readonly { code: string }[]): [string, (code: string) => void] {
	const [country, setCountry] = useState(initial);
	useEffect(() => {
		const follow = () => {
			const chosen = document.documentElement.dataset.country;
			if (chosen && countries.some((c) => c.code === chosen)) setCountry(chosen);
		};
		follow();
		document.addEventListener('helpcenter:market', follow);
		return () => document.removeEventListener('helpcenter:market', follow);
	}, [countries]);
	const choose = (code: string) => {
		setCountry(code);
		document.dispatchEvent(new CustomEvent('helpcenter:choose-country', { detail: code }));
	};
	return [country, choose];
}
