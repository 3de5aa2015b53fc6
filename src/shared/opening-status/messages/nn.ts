import * as g from '../../../core/messages/glossary/nn.js';
import { HOLIDAY_NAMES_NN } from '../../../domain/holiday-names-nn.js';
import type { OpeningStatusMessages } from './types.js';

const messages: OpeningStatusMessages = {
  open: 'Ope no',
  closed: 'Stengt',
  closes: (when) => `stengjer ${when}`,
  opens: (when) => `opnar ${when}`,
  today: (time) => g.at(time),
  tomorrow: (time) => `i morgon ${g.at(time)}`,
  onDate: (date, time) => `${date} ${g.at(time)}`,
  aroundTheClock: 'døgnope',
  noOpening: 'ingen kjend opningstid det neste året',
  unknown: 'Opningstidene er ikkje oppgjevne',
  holidays: HOLIDAY_NAMES_NN,
};

export default messages;
