import type { FirstScreen } from '../first-screen.js';

/** `<torg-finder>`'s first screen (see `../first-screen.ts`); its element's loading state holds it. */
export const firstScreen: FirstScreen = { narrow: 196, wide: 145 };
