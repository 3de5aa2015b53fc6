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
 */

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
  'torg-finder': { narrow: 196, wide: 145 },
  'torg-opening-hours': { narrow: 34, wide: 31, variants: { '[view="today"]': { narrow: 13, wide: 11 } } },
  'torg-events': { narrow: 357, wide: 320, variants: { '[view="month"]': { narrow: 44, wide: 50 } } },
  'torg-committee': { narrow: 158, wide: 119 },
  'torg-agenda': { narrow: 118, wide: 104, variants: { '[meeting]': { narrow: 75, wide: 65 } } },
  'torg-stedskompass': { narrow: 325, wide: 293 },
  'torg-booking': { narrow: 28, wide: 22 },
  'torg-tilskudd': { narrow: 95, wide: 58 },
  'torg-innspill': { narrow: 85, wide: 72 },
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

/** The loading state's room inside a widget's shadow root (`:host([view="today"]) .loading`); '' for another tag. */
export function loadingRoomCss(tag: string): string {
  const spec = FIRST_SCREENS[tag];
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
