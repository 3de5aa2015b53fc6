import { createCatalog } from '../../core/i18n.js';
import nb from './nb.js';
import type { EmbedBuilderMessages } from './types.js';

export type { EmbedBuilderMessages };

declare module '../../core/i18n.js' {
  interface TorgTexts {
    'torg-embed-builder': EmbedBuilderMessages;
  }
}

/** The texts of `<torg-embed-builder>`: bokmål built in, nynorsk and English on demand. */
export const embedBuilderCatalog = createCatalog<EmbedBuilderMessages>('torg-embed-builder', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
