/**
 * The open/closed status line in words, shared by `<torg-opening-hours>` and
 * `<torg-finder>` so both say the same thing:
 *
 *   "Åpent nå · stenger kl. 15.30"
 *   "Stengt · åpner i morgen kl. 08.00"
 *   "Stengt (Skjærtorsdag) · åpner tirsdag 30. mars kl. 08.00"
 *   "Ope no · stengjer kl. 15.30"            (nn)
 *   "Closed (Maundy Thursday) · opens Tuesday 30 March at 08:00"   (en)
 *
 * Usage:
 *
 *   host.speak(openingStatusCatalog);
 *   const state = openingState(torg.openingHours, Date.now());
 *   statusText(state, host.text(openingStatusCatalog), host.locale);
 *
 * Times are Oslo time; `state.nextChange` is when the line changes next
 * (the words "i morgen" also change at Oslo midnight).
 */
import type { Locale } from '../../core/config.js';
import { formatClock, formatDate } from '../../core/format.js';
import type { OpeningState, StateReason } from '../../domain/opening-hours.js';
import { daysBetween, osloDate, osloMinuteOfDay } from '../../domain/oslo-time.js';
import type { OpeningStatusMessages } from './messages/types.js';

export { openingStatusCatalog, type OpeningStatusMessages } from './messages/index.js';

/** The status line in two pieces, for styling: `label` ("Stengt (Skjærtorsdag)") and `detail` ("åpner …"). */
export interface StatusLine {
  tone: 'open' | 'closed' | 'unknown';
  label: string;
  detail?: string;
  /** The name in `label` that says why today differs (an exception's note is API text: render it isolated). */
  reason?: string;
}

/** The name to show for why today differs: a holiday's name, an exception's note or a season's name. */
export function reasonLabel(reason: StateReason | undefined, m: OpeningStatusMessages): string | undefined {
  if (!reason) return undefined;
  const holiday = reason.holiday ? m.holidays[reason.holiday] : undefined;
  return reason.source === 'holiday' ? holiday : (reason.note ?? holiday);
}

/**
 * An instant relative to another, in Oslo time: "kl. 08.00" (the same day),
 * "i morgen kl. 08.00", "tirsdag 30. mars kl. 08.00" (the year too when more
 * than 300 days away). A closing at midnight reads "kl. 24.00" on its day.
 */
export function whenText(
  instant: number,
  from: number,
  m: OpeningStatusMessages,
  locale: Locale,
  closing = false,
): string {
  let minutes = osloMinuteOfDay(instant);
  let days = daysBetween(osloDate(from), osloDate(instant));
  if (closing && minutes === 0 && days > 0) {
    minutes = 1440;
    days -= 1;
  }
  const time = formatClock(minutes, locale);
  if (days <= 0) return m.today(time);
  if (days === 1) return m.tomorrow(time);
  const date = osloDate(instant - (minutes === 1440 ? 1 : 0));
  return m.onDate(formatDate(date, locale, { year: days > 300 }), time);
}

/** The status line of an opening state, in pieces. */
export function statusLine(state: OpeningState, m: OpeningStatusMessages, locale: Locale): StatusLine {
  if (state.unknown) return { tone: 'unknown', label: m.unknown };
  const why = reasonLabel(state.reason, m);
  const label = `${state.open ? m.open : m.closed}${why ? ` (${why})` : ''}`;
  const detail = state.open
    ? state.closesAt === undefined
      ? m.aroundTheClock
      : m.closes(whenText(state.closesAt, state.at, m, locale, true))
    : state.opensAt === undefined
      ? m.noOpening
      : m.opens(whenText(state.opensAt, state.at, m, locale));
  return { tone: state.open ? 'open' : 'closed', label, detail, ...(why ? { reason: why } : {}) };
}

/** The status line as one string: "Stengt (Skjærtorsdag) · åpner tirsdag 30. mars kl. 08.00". */
export function statusText(state: OpeningState, m: OpeningStatusMessages, locale: Locale): string {
  const line = statusLine(state, m, locale);
  return line.detail ? `${line.label} · ${line.detail}` : line.label;
}
