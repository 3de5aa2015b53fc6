import type { FirstScreen } from '../first-screen.js';

/** `<torg-opening-hours>`'s first screen (see `../first-screen.ts`); its element's loading state holds it. */
export const firstScreen: FirstScreen = {
  narrow: 34,
  wide: 31,
  variants: { '[view="today"]': { narrow: 13, wide: 11 } },
};
