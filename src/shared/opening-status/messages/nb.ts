import * as g from '../../../core/messages/glossary/nb.js';
import { HOLIDAY_NAMES_NB } from '../../../domain/holidays.js';
import type { OpeningStatusMessages } from './types.js';

const messages: OpeningStatusMessages = {
  open: 'Åpent nå',
  closed: 'Stengt',
  closes: (when) => `stenger ${when}`,
  opens: (when) => `åpner ${when}`,
  today: (time) => g.at(time),
  tomorrow: (time) => `i morgen ${g.at(time)}`,
  onDate: (date, time) => `${date} ${g.at(time)}`,
  aroundTheClock: 'døgnåpent',
  noOpening: 'ingen kjent åpningstid det neste året',
  unknown: 'Åpningstidene er ikke oppgitt',
  holidays: HOLIDAY_NAMES_NB,
};

export default messages;
