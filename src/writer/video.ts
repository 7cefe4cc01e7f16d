export const VIDEO_PROVIDERS = ['youtube', 'vimeo'] as const;

/** The id in a YouTube or Vimeo address. */
export const VIDEO_ID_PATTERN = /^[\w-]{4,40}$/;
export type VideoProvider = (typeof VIDEO_PROVIDERS)[number];

/** Where a video plays (privacy-friendly embed hosts) and where it can be watched instead. */
export const VIDEO_FRAME_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const;

/** The embed and watch addresses of a video; throws with what a writer must fix for a wrong provider or id. */
export function videoUrls(provider: string, id: string): { embed: string; watch: string } {
	if (!VIDEO_ID_PATTERN.test(id)) throw new Error(`<Video id="${id}"> is not a video id: use the id from the video's address, e.g. aqz-KE-bpKQ`);
	switch (provider) {
		case 'youtube':
			return { embed: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`, watch: `https://www.youtube.com/watch?v=${id}` };
		case 'vimeo':
			return { embed: `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`, watch: `https://vimeo.com/${id}` };
		default:
			throw new Error(`<Video provider="${provider}"> must be one of ${VIDEO_PROVIDERS.join(', ')}`);
	}
}
