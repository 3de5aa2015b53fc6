import type { FirstScreen } from '../first-screen.js';

/** `<torg-committee>`'s first screen (see `../first-screen.ts`); its element's loading state holds it. */
export const firstScreen: FirstScreen = { narrow: 158, wide: 119 };
