import { pluralize } from '../../../../core/i18n.js';
import type { ResultsMessages } from './types.js';

const messages: ResultsMessages = {
  results: 'Resultat for området',
  responses: (count) => `${count} ${pluralize(count, 'person', 'personar')} har svara.`,
  legendMean: 'Snitt for området',
  legendYours: 'Svara dine',
  caption: 'Snitt per tema, frå 1 (mykje å betre) til 7 (lite å betre)',
  colTheme: 'Tema',
  colMean: 'Snitt',
  colCount: 'Tal på svar',
  colYours: 'Svaret ditt',
  noValue: 'Ingen svar',
  notAnswered: 'Ikkje svara',
  empty: 'Ingen har svara på Stedskompasset her enno.',
};

export default messages;
