import { useEffect, useState } from 'react';
import { isHoliday, isOpenAt, nextOpening, type Holidays, type WeeklySchedule } from '../contact/hours.js';
import { fillTemplate } from '../i18n/plural-forms.js';
import { markAsReact } from './react-island.js';

export interface ChannelStatusProps {
	locale: string;
	schedule: WeeklySchedule;
	/** The time zone the schedule is written in. */
	timeZone: string;
	/** The market's public holidays (YYYY-MM-DD), when the channel is closed all day. */
	holidays?: Holidays;
	strings: { openNow: string; closedNow: string; closedHoliday: string; opensAt: string };
}

/**
 * "Open now", or "Closed now · Opens Mon 8:00 (your time)" in the shopper's
 * own time zone, with the market's holidays closed. Rendered only in the
 * browser: the time of the build says nothing about the time of the visit,
 * and builds stay reproducible. The page holds an empty line in its place,
 * which is what `client:visible` watches: another market's channels stay
 * asleep until the shopper picks that market.
 */
export default function ChannelStatus({ locale, schedule, timeZone, holidays = [], strings }: ChannelStatusProps) {
	const [now, setNow] = useState<Date | null>(null);
	useEffect(() => {
		setNow(new Date());
		const timer = setInterval(() => setNow(new Date()), 60_000);
		return () => clearInterval(timer);
	}, []);
	if (!now) return <p className="hc-channel__status" />;
	if (isOpenAt(schedule, timeZone, now, holidays)) {
		return <p className="hc-channel__status hc-channel__status--open">{strings.openNow}</p>;
	}
	const opens = nextOpening(schedule, timeZone, now, holidays);
	const when = opens && new Intl.DateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(opens);
	return (
		<p className="hc-channel__status">
			{isHoliday(now, timeZone, holidays) ? strings.closedHoliday : strings.closedNow}
			{when && <> · {fillTemplate(strings.opensAt, { time: when })}</>}
		</p>
	);
}

markAsReact(ChannelStatus);
