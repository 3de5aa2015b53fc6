import type { Glossary } from './types.js';

const glossary: Glossary = {
  at: (time) => time,
  range: (from, to) => `${from}–${to}`,
  loading: 'Loading …',
  retry: 'Try again',
  addToCalendar: 'Add to calendar',
  subscribe: 'Subscribe to the calendar',
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
