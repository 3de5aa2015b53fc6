import type { FirstScreen } from '../first-screen.js';

/** `<torg-agenda>`'s first screen (see `../first-screen.ts`); its element's loading state holds it. */
export const firstScreen: FirstScreen = { narrow: 118, wide: 104, variants: { '[meeting]': { narrow: 75, wide: 65 } } };
