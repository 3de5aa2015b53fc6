import type { EventsMonthMessages } from './types.js';

/** The month grid's texts in bokmål (the list's are in `nb.ts`). */
const messages: EventsMonthMessages = {
  previous: 'Forrige måned',
  next: 'Neste måned',
  today: 'I dag',
  todayMark: 'i dag',
  week: 'Uke',
  moreOnDay: (n) => `+${n} flere`,
  pickDay: 'Velg en dag for å se arrangementene.',
  noneOnDay: 'Ingen arrangementer denne dagen.',
};

export default messages;
