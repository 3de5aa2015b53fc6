import { clockAt } from '../../clock.js';
import type { Glossary } from './types.js';

const glossary: Glossary = {
  at: (time) => clockAt(time, 'en'),
  range: (from, to) => clockAt(`${from}–${to}`, 'en'),
  loading: 'Loading …',
  retry: 'Try again',
  addToCalendar: 'Add to calendar',
  book: 'Book',
  booking: 'booking',
  reference: 'Reference number',
  cancelBooking: 'Cancel the booking',
  allCategories: 'All categories',
  allAudiences: 'All audiences',
  allServices: 'All services',
  optional: '(optional)',
  today: 'today',
  unavailable: 'This content cannot be shown right now.',
  technical: 'Technical details',
};

export default glossary;
