import { pluralize } from '../../../core/i18n.js';
import type { StedskompassLaterMessages } from './types.js';

/** What comes after "send" (its summary, sending, the thanks) and the results, in bokmål: with their chunks. */
const messages: StedskompassLaterMessages = {
  fix: 'Dette må rettes før du sender',
  thanksText: 'Her ser du snittet for området sammen med dine svar.',
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
};

export default messages;
