import { pluralize } from '../../../../core/i18n.js';
import type { ResultsMessages } from './types.js';

const messages: ResultsMessages = {
  results: 'Resultat for området',
  responses: (count) => `${count} ${pluralize(count, 'person', 'personer')} har svart.`,
  legendMean: 'Snitt for området',
  legendYours: 'Dine svar',
  caption: 'Snitt per tema, fra 1 (mye å forbedre) til 7 (lite å forbedre)',
  colTheme: 'Tema',
  colMean: 'Snitt',
  colCount: 'Antall svar',
  colYours: 'Ditt svar',
  noValue: 'Ingen svar',
  notAnswered: 'Ikke besvart',
  empty: 'Ingen har svart på stedskompasset her ennå.',
};

export default messages;
