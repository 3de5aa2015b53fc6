import { HOLIDAY_NAMES_EN } from '../../../domain/holiday-names-en.js';
import type { OpeningStatusMessages } from './types.js';

const messages: OpeningStatusMessages = {
  open: 'Open now',
  closed: 'Closed',
  closes: (when) => `closes ${when}`,
  opens: (when) => `opens ${when}`,
  today: (time) => `at ${time}`,
  tomorrow: (time) => `tomorrow at ${time}`,
  onDate: (date, time) => `${date} at ${time}`,
  aroundTheClock: 'open around the clock',
  noOpening: 'no opening known in the next year',
  unknown: 'Opening hours not given',
  holidays: HOLIDAY_NAMES_EN,
};

export default messages;
