import type { Glossary } from './types.js';

export const at: Glossary['at'] = (time) => time;
export const range: Glossary['range'] = (from, to) => `${from}–${to}`;
export const loading = 'Loading …';
export const retry = 'Try again';
export const addToCalendar = 'Add to calendar';
export const subscribe = 'Subscribe to the calendar';
export const book = 'Book';
export const booking = 'booking';
export const reference = 'Reference number';
export const cancelBooking = 'Cancel the booking';
export const allCategories = 'All categories';
export const allAudiences = 'All audiences';
export const allServices = 'All services';
export const optional = '(optional)';
export const today = 'today';
export const unavailable = 'This content cannot be shown right now.';
export const technical = 'Technical details';
export const refused = 'The service did not accept this. Check what you entered.';
export const tooLong = 'The text is too long. Please shorten it.';
export const keptOnDevice = 'What you write is saved on this device as you go, so you can continue later.';
export const consent = 'Consent';
export const fixBeforeSending: Glossary['fixBeforeSending'] = (count) =>
  count === 1 ? 'Fix this before you send:' : `Fix these ${count} problems before you send:`;
