import type { PHOTO_TYPES } from '../contact/form-schema.js';

type PhotoType = (typeof PHOTO_TYPES)[number];

const startsWith = (bytes: Uint8Array, offset: number, ascii: string) =>
	bytes.length >= offset + ascii.length && [...ascii].every((char, i) => bytes[offset + i] === char.charCodeAt(0));

/** HEIF files are ISO media files whose "ftyp" box names one of these brands. */
const HEIC_BRANDS = ['heic', 'heix', 'hevc', 'hevx'];
const HEIF_BRANDS = ['mif1', 'msf1', 'heim', 'heis'];

/**
 * What kind of photo a file is, read from its first bytes. The type a browser
 * declares comes from the file name, so a renamed document would pass as a
 * photo; the receiver checks and stores what the file really is.
 */
export function photoTypeOf(bytes: Uint8Array): PhotoType | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
	if (startsWith(bytes, 0, '\x89PNG\r\n\x1a\n')) return 'image/png';
	if (startsWith(bytes, 0, 'RIFF') && startsWith(bytes, 8, 'WEBP')) return 'image/webp';
	if (startsWith(bytes, 4, 'ftyp')) {
		if (HEIC_BRANDS.some((brand) => startsWith(bytes, 8, brand))) return 'image/heic';
		if (HEIF_BRANDS.some((brand) => startsWith(bytes, 8, brand))) return 'image/heif';
	}
	return undefined;
}
