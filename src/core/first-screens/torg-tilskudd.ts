import type { FirstScreen } from '../first-screen.js';

/** `<torg-tilskudd>`'s first screen (see `../first-screen.ts`); its element's loading state holds it. */
export const firstScreen: FirstScreen = { narrow: 95, wide: 58 };
