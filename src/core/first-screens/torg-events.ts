import type { FirstScreen } from '../first-screen.js';

/** `<torg-events>`'s first screen (see `../first-screen.ts`); its element's loading state holds it. */
export const firstScreen: FirstScreen = {
  narrow: 357,
  wide: 320,
  variants: { '[view="month"]': { narrow: 44, wide: 50 } },
};
