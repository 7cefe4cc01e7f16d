import { useState } from 'react';
import { markAsReact } from './react-island.js';

export interface ChatLauncherProps {
	/** The chat provider's widget script; nothing is loaded from it until the shopper asks. */
	widgetScript: string;
	strings: { startChat: string; chatLoading: string; chatFailed: string };
}

/** A button that loads the live-chat widget on request, and says so when it cannot. */
export default function ChatLauncher({ widgetScript, strings }: ChatLauncherProps) {
	const [state, setState] = useState<'idle' | 'loading' | 'open' | 'failed'>('idle');
	function start() {
		if (state === 'loading' || state === 'open') return;
		setState('loading');
		const script = document.createElement('script');
		script.src = widgetScript;
		script.async = true;
		script.onload = () => setState('open');
		script.onerror = () => {
			script.remove();
			setState('failed');
		};
		document.head.append(script);
	}
	return (
		<div className="hc-chat">
			<button type="button" className="hc-button" onClick={start} aria-busy={state === 'loading'} disabled={state === 'open'}>
				{state === 'loading' ? strings.chatLoading : strings.startChat}
			</button>
			<p role="status" className="hc-chat__status">
				{state === 'failed' ? strings.chatFailed : ''}
			</p>
		</div>
	);
}

markAsReact(ChatLauncher);
