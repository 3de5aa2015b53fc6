import type { FirstScreen } from '../first-screen.js';

/** `<torg-booking>`'s first screen (see `../first-screen.ts`); its element's loading state holds it. */
export const firstScreen: FirstScreen = { narrow: 28, wide: 22 };
