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
  refused: 'The service did not accept this. Check what you entered.',
  tooLong: 'The text is too long. Please shorten it.',
  keptOnDevice: 'What you write is saved on this device as you go, so you can continue later.',
  consent: 'Consent',
  fixBeforeSending: (count) =>
    count === 1 ? 'Fix this before you send:' : `Fix these ${count} problems before you send:`,
};

export default glossary;
