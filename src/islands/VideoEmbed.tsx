import { useState } from 'react';
import { markAsReact } from './react-island.js';

export interface VideoEmbedProps {
	title: string;
	embedUrl: string;
	watchUrl: string;
	strings: { play: string; loadsFrom: string; watchOn: string };
}

/**
 * A video placeholder: nothing is requested from the video host (no player,
 * no thumbnail, no cookies) until the shopper presses play. Without
 * JavaScript only the link to the video on its host is shown.
 */
export default function VideoEmbed({ title, embedUrl, watchUrl, strings }: VideoEmbedProps) {
	const [playing, setPlaying] = useState(false);
	if (playing) {
		return (
			<div className="hc-video">
				<iframe
					src={embedUrl}
					title={title}
					allow="autoplay; fullscreen; picture-in-picture"
					allowFullScreen
					loading="lazy"
					referrerPolicy="strict-origin-when-cross-origin"
				/>
			</div>
		);
	}
	return (
		<div className="hc-video hc-video--idle">
			{/* Hidden without JavaScript (CSS), where the link below is the way to the video. */}
			<button type="button" className="hc-button hc-video__play" data-replay="play" onClick={() => setPlaying(true)}>
				<span className="hc-video__icon" aria-hidden="true">
					▶
				</span>
				<span>{strings.play}</span>
			</button>
			<p className="hc-video__note">
				{strings.loadsFrom} <a href={watchUrl}>{strings.watchOn}</a>
			</p>
		</div>
	);
}

markAsReact(VideoEmbed);
