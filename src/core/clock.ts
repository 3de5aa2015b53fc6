/**
 * The two time facts the base element needs, kept free of the date
 * formatting module so every element's up-front code stays small: the Oslo
 * clock time of an instant, and whether the viewer's clock differs from Oslo's.
 */
import type { Locale } from './config.js';

let clockFormat: Intl.DateTimeFormat | undefined;

/** The Oslo clock time of an instant: "08.00" (nb, nn), "08:00" (en). */
export function osloClock(instant: number | Date, locale: Locale): string {
  clockFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Oslo',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const [hour, minute] = clockFormat.format(instant).split(':');
  return `${hour}${locale === 'en' ? ':' : '.'}${minute}`;
}

/** Whether the viewer's clock differs from Oslo's, once worked out (see `viewerZoneIsNotOslo`). */
let viewerDiffers: boolean | undefined;

/**
 * Whether the viewer's clock differs from Oslo's at some point of the coming
 * year (zones that always match Oslo, such as Berlin's, do not count). On a
 * server (no page, no viewer) it does not.
 *
 * Worked out once per page, at the first call (every element asks on every
 * render; reading the zone and comparing the clocks takes a millisecond or
 * more): the viewer's zone does not change during a visit.
 */
export function viewerZoneIsNotOslo(now = Date.now()): boolean {
  // Server rendering has no viewer: the page is drawn as for one in Oslo, and the browser adds the note.
  if (typeof document === 'undefined') return false;
  viewerDiffers ??= zoneDiffersFromOslo(now);
  return viewerDiffers;
}

/**
 * Forgets what `viewerZoneIsNotOslo` worked out, so the next call reads the zone again: for tests that
 * emulate another viewer zone on the same page.
 */
export function forgetViewerZone(): void {
  viewerDiffers = undefined;
}

function zoneDiffersFromOslo(now: number): boolean {
  if (new Intl.DateTimeFormat().resolvedOptions().timeZone === 'Europe/Oslo') return false;
  // The viewer's wall clock against Oslo's at four instants a quarter of a year apart: equal offsets, equal clocks.
  return [0, 91, 182, 273].some((days) => {
    const t = new Date(now + days * 86_400_000);
    const [hour, minute] = osloClock(t, 'en').split(':');
    return Number(hour) !== t.getHours() || Number(minute) !== t.getMinutes();
  });
}
