import type { FirstScreen } from '../first-screen.js';

/** `<torg-innspill>`'s first screen (see `../first-screen.ts`); its element's loading state holds it. */
export const firstScreen: FirstScreen = { narrow: 85, wide: 72 };
