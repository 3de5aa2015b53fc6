/**
 * How much room each widget's first screen takes, in em of the widget's font
 * size: on narrow screens (below 40em of viewport width: phones) and on wide
 * ones — measured on the example data in Chromium and rounded. One spec for
 * both places that hold the room, so the space held before the content is
 * the space it takes (no layout jump, widgets.md):
 *
 * - the page's stylesheet `torg-widgets.css` (built from {@link firstScreenCss}):
 *   `torg-x:not(:defined)` holds it before the script has run;
 * - the loading state of `TorgElement` holds it until the content shows.
 *
 * A first screen taller than the screen holds a screenful (`100svh`): what is
 * below the widget is then out of sight, and the content growing further
 * moves nothing a person sees. `variants` are for attributes that change the
 * first screen (`<torg-opening-hours view="today">`); the first that matches
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
  'torg-opening-hours': { narrow: 35, wide: 32, variants: { '[view="today"]': { narrow: 13, wide: 11 } } },
  'torg-events': { narrow: 357, wide: 335, variants: { '[view="month"]': { narrow: 44, wide: 50 } } },
  'torg-committee': { narrow: 159, wide: 120 },
  'torg-agenda': { narrow: 103, wide: 94, variants: { '[meeting]': { narrow: 75, wide: 65 } } },
  'torg-stedskompass': { narrow: 325, wide: 293 },
  'torg-booking': { narrow: 28, wide: 23, variants: { '[resource]': { narrow: 31, wide: 29 } } },
};

/** A height as CSS: the first screen's, at most a screenful. */
const length = (em: number): string => `min(${em}em, 100svh)`;

/** The room of an element's first screen as CSS lengths (narrow, wide), for its attributes now. */
export function firstScreenOf(element: Element): [narrow: string, wide: string] | undefined {
  const spec = FIRST_SCREENS[element.localName];
  if (!spec) return undefined;
  const variant = Object.entries(spec.variants ?? {}).find(([selector]) => element.matches(selector))?.[1];
  const room = variant ?? spec;
  return [length(room.narrow), length(room.wide)];
}

/** The page's stylesheet: each widget's room held before its script has defined it. */
export function firstScreenCss(): string {
  const rules: string[] = [];
  const wide: string[] = [];
  for (const [tag, spec] of Object.entries(FIRST_SCREENS)) {
    rules.push(`${tag}:not(:defined){display:block;min-height:${length(spec.narrow)}}`);
    wide.push(`${tag}:not(:defined){min-height:${length(spec.wide)}}`);
    for (const [selector, room] of Object.entries(spec.variants ?? {})) {
      rules.push(`${tag}${selector}:not(:defined){min-height:${length(room.narrow)}}`);
      wide.push(`${tag}${selector}:not(:defined){min-height:${length(room.wide)}}`);
    }
  }
  return `/* torg-widgets: the room each widget's first screen takes, held until its script has run (no layout jump). */\n${rules.join('\n')}\n@media ${WIDE}{\n${wide.join('\n')}\n}\n`;
}
