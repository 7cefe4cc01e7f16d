import { useEffect, useState } from 'react';
import { isOpenAt, minutesUntilOpen, type WeeklySchedule } from '../contact/hours.js';
import { fillTemplate } from '../i18n/plural-forms.js';

export interface ChannelStatusProps {
	locale: string;
	schedule: WeeklySchedule;
	timeZone: string;
	strings: { openNow: string; closedNow: string; opensAt: string };
}

/**
 * "Open now", or "Closed now · Opens Mon 8:00 (your time)" in the shopper's
 * own time zone. Rendered only in the browser: the time of the build says
 * nothing about the time of the visit, and builds stay reproducible.
 */
export default function ChannelStatus({ locale, schedule, timeZone, strings }: ChannelStatusProps) {
	const [now, setNow] = useState<Date | null>(null);
	useEffect(() => {
		setNow(new Date());
		const timer = setInterval(() => setNow(new Date()), 60_000);
		return () => clearInterval(timer);
	}, []);
	if (!now) return null;
	if (isOpenAt(schedule, timeZone, now)) {
		return <p className="hc-channel__status hc-channel__status--open">{strings.openNow}</p>;
	}
	const minutes = minutesUntilOpen(schedule, timeZone, now);
	const opens = minutes === undefined ? undefined : new Date(now.getTime() + minutes * 60_000);
	const when = opens && new Intl.DateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(opens);
	return (
		<p className="hc-channel__status">
			{strings.closedNow}
			{when && <> · {fillTemplate(strings.opensAt, { time: when })}</>}
		</p>
	);
}
