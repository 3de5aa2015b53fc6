import type { FirstScreen } from '../first-screen.js';

/** `<torg-stedskompass>`'s first screen (see `../first-screen.ts`); its element's loading state holds it. */
export const firstScreen: FirstScreen = { narrow: 325, wide: 293 };
