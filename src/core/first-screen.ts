/**
 * How much room each widget's first screen takes, in em of the widget's font
 * size, on narrow screens (phones, below 40em of viewport width) and on wide
 * ones: measured on the example data in Chromium and rounded down (a room a
 * little short moves the text below by a line; one too tall moves it up).
 * One spec for both places that hold the room, so the space held before the
 * content is the space it takes (no layout jump, widgets.md):
 *
 * - `dist/torg-widgets.css`, the page's optional stylesheet (built from
 *   {@link firstScreenCss}): `torg-x:not(:defined)` holds the room before the
 *   script has run;
 * - the loading state of every widget ({@link loadingRoomCss}) holds it until
 *   the content shows.
 *
 * A first screen taller than the screen holds a screenful (`100svh`): what is
 * below the widget is then out of sight, and the content growing further
 * moves nothing a person sees. `variants` are for attributes that change the
 * first screen (`<torg-opening-hours view="today">`); the last that matches
 * wins.
 *
 * Each widget's room is a module of its own (`first-screens/<tag>.ts`), which
 * its element names (`static firstScreen`): an element's first render
 * carries its own room only; {@link FIRST_SCREENS} lists them all.
 */

import { firstScreen as finder } from './first-screens/torg-finder.js';
import { firstScreen as openingHours } from './first-screens/torg-opening-hours.js';
import { firstScreen as events } from './first-screens/torg-events.js';
import { firstScreen as committee } from './first-screens/torg-committee.js';
import { firstScreen as agenda } from './first-screens/torg-agenda.js';
import { firstScreen as stedskompass } from './first-screens/torg-stedskompass.js';
import { firstScreen as booking } from './first-screens/torg-booking.js';
import { firstScreen as tilskudd } from './first-screens/torg-tilskudd.js';
import { firstScreen as innspill } from './first-screens/torg-innspill.js';

/** Narrow and wide heights, in em. */
export interface Room {
  narrow: number;
  wide: number;
}

export interface FirstScreen extends Room {
  variants?: Record<string, Room>;
}

/** From this viewport width the wide heights apply. */
export const WIDE = '(min-width: 40em)';

export const FIRST_SCREENS: Readonly<Record<string, FirstScreen>> = {
  'torg-finder': finder,
  'torg-opening-hours': openingHours,
  'torg-events': events,
  'torg-committee': committee,
  'torg-agenda': agenda,
  'torg-stedskompass': stedskompass,
  'torg-booking': booking,
  'torg-tilskudd': tilskudd,
  'torg-innspill': innspill,
};

/** A height as CSS: the first screen's, at most a screenful. */
const length = (em: number): string => `min(${em}em,100svh)`;

/** Rules for `selector(variant)` with each room, narrow first, then wide in a media query. */
function rules(spec: FirstScreen, selector: (variant: string) => string, property: string): string {
  const rooms: [string, Room][] = [['', spec], ...Object.entries(spec.variants ?? {})];
  const narrow = rooms.map(([v, room]) => `${selector(v)}{${property}:${length(room.narrow)}}`).join('');
  const wide = rooms.map(([v, room]) => `${selector(v)}{${property}:${length(room.wide)}}`).join('');
  return `${narrow}@media ${WIDE}{${wide}}`;
}

/** The loading state's room inside a widget's shadow root (`:host([view="today"]) .loading`); '' without one. */
export function loadingRoomCss(spec: FirstScreen | undefined): string {
  return spec ? rules(spec, (v) => (v ? `:host(${v}) .loading` : '.loading'), 'min-height') : '';
}

/** The page's stylesheet: each widget's room held before its script has defined it. */
export function firstScreenCss(): string {
  const body = Object.entries(FIRST_SCREENS)
    .map(
      ([tag, spec]) =>
        `${tag}:not(:defined){display:block}` + rules(spec, (v) => `${tag}${v}:not(:defined)`, 'min-height'),
    )
    .join('\n');
  return `/* torg-widgets: the room each widget's first screen takes, held until its script has run (no layout jump). */\n${body}\n`;
}
