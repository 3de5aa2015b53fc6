/**
 * A meeting as a calendar file, for `<torg-agenda>`'s "add to calendar":
 * loaded with the `.ics` writer when the person is about to use the widget
 * (the list shows the link, not the file). Pure TypeScript, no DOM.
 */
import type { Meeting } from '../contract/schemas.js';
import { wellFormed } from './encode.js';
import { icsDataUrl, icsFileName, toIcs, type IcsEvent } from './ics.js';
import { meetingEnd } from './meeting-times.js';

/**
 * A meeting as a calendar event for "add to calendar" (the shared `.ics`
 * writer). `url` is the checked link for digital participation (the caller
 * vets `digitalUrl`; this module has no DOM to do it with).
 */
export function meetingToIcsEvent(
  meeting: Meeting,
  options: { description?: string | undefined; url?: string | undefined } = {},
): IcsEvent {
  const { name, address } = meeting.location;
  const end = meetingEnd(meeting);
  const start = Date.parse(meeting.start);
  return {
    // Encoded: the writer does not escape UIDs, and an id is API text.
    // Every control kept (distinct ids stay distinct UIDs); only a lone surrogate, which would throw, is replaced.
    uid: `meeting-${encodeURIComponent(wellFormed(meeting.id, { controls: true }))}@innbyggertorg.asker.kommune.no`,
    start,
    end: end > start ? end : undefined,
    summary: meeting.title,
    location: [name, address].filter(Boolean).join(', '),
    description: options.description,
    url: options.url,
    status: meeting.status === 'avlyst' ? 'CANCELLED' : 'CONFIRMED',
  };
}

/**
 * The meeting's calendar file: its `data:` address and its file name (the meeting's title and `date`,
 * `YYYY-MM-DD`). `url`: the checked link for digital participation.
 */
export function meetingIcsFile(
  meeting: Meeting,
  url: string | undefined,
  date: string,
): { href: string; name: string } {
  return {
    href: icsDataUrl(toIcs([meetingToIcsEvent(meeting, { url })], { name: meeting.title })),
    name: icsFileName(`${meeting.title} ${date}`),
  };
}
