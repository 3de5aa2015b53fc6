import { formatPhone } from '../../../core/format.js';
import * as g from '../../../core/messages/glossary/en.js';
import type { BookingMessages } from './types.js';

const minutes = (n: number): string => `${n} ${n === 1 ? 'minute' : 'minutes'}`;
const hours = (n: number): string => `${n} ${n === 1 ? 'hour' : 'hours'}`;

const messages: BookingMessages = {
  progress: (step, total) => `Step ${step} of ${total}`,
  titles: {
    resource: 'What would you like to book?',
    day: 'Choose a day',
    slot: 'Choose a time',
    details: 'Your details',
    review: 'Check and confirm',
  },
  back: 'Back',
  next: 'Continue',
  change: 'Change',

  kinds: { rom: 'Rooms and venues', veiledning: 'Advice', 'digitalt-mote': 'Online meetings' },
  capacity: (people) => `Room for ${people} ${people === 1 ? 'person' : 'people'}`,
  slotLength: (duration) => `You book ${duration} at a time`,
  approval: 'The municipality must approve the booking',
  noResources: 'There is nothing to book at this torg right now.',
  unknownTorg: (id) => `The service has no torg “${id}”. Check the torg attribute.`,
  unknownResource: (id) => `We could not find “${id}” at this torg. Choose from these:`,

  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  week: 'Week',
  today: 'today',
  dayFull: 'no free times',
  dayOutside: 'cannot be booked',
  dayHint: 'Days with free times are framed. Other days cannot be chosen.',
  noFreeInMonth: (month) => `No free times in ${month}.`,

  freeOn: (date) => `Free times on ${date}`,
  timeRange: (from, to) => g.range(from, to),
  duration: (n) => (n < 60 ? minutes(n) : n % 60 ? `${hours(Math.floor(n / 60))} ${minutes(n % 60)}` : hours(n / 60)),
  noSlots: 'No free times on this day. Choose another day.',
  taken: (when) => `Someone else booked ${when} just before you.`,
  kept: 'Everything you typed has been kept. Choose a new time:',
  nextFree: 'The nearest free times',
  noNextFree: 'There are no more free times this month.',
  otherDay: 'Choose another day',

  labels: {
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    organisation: 'Organisation or club',
    purpose: 'What is the booking for?',
    attendees: 'How many people are coming?',
    consent: 'I agree that my details are used for this',
  },
  optional: g.optional,
  emailHint: 'We send the confirmation here.',
  phoneHint: `Norwegian or international number, for example ${formatPhone('91234567')} or ${formatPhone('+46 70 123 45 67')}.`,
  attendeesHint: (capacity) => (capacity ? `At most ${capacity}.` : 'A whole number.'),
  consentText:
    'Asker kommune uses your name, email address and phone number only to handle this booking and to contact you about it. Your details are deleted when the booking is over.',
  problem: (field, problem, capacity) => {
    if (problem === 'rejected') return g.refused;
    if (problem === 'tooLong') return g.tooLong;
    switch (field) {
      case 'name':
        return 'Enter your name.';
      case 'email':
        return problem === 'required'
          ? 'Enter your email address.'
          : 'Enter a valid email address, for example kari@example.com.';
      case 'phone':
        return 'Enter a valid phone number, or leave the field empty.';
      case 'attendees':
        return problem === 'tooMany' && capacity
          ? `There is room for at most ${capacity}. Enter a lower number.`
          : 'Enter the number as a whole number, for example 8.';
      case 'consent':
        return 'You must agree to this to book.';
      default:
        return 'Check what you entered.';
    }
  },
  summaryTitle: (count) =>
    count === 1 ? 'Fix this before you continue:' : `Fix these ${count} problems before you continue:`,

  short: {
    what: 'What',
    day: 'Day',
    time: 'Time',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    organisation: 'Organisation',
    purpose: 'Purpose',
    attendees: 'People',
    consent: 'Consent',
  },
  approvalNote: 'The municipality must approve this booking. You will get an answer by email.',
  confirm: 'Confirm booking',
  sending: 'Sending the booking …',
  sendFailed: 'The booking was not sent. Nothing is booked yet, and everything you filled in has been kept.',
  slotRefused: 'This time cannot be booked. Choose another time.',

  confirmed: 'Your booking is confirmed',
  pending: 'Your booking is waiting for approval',
  confirmedText: (email) => `The time is yours. We have sent a confirmation to ${email}.`,
  pendingText: (email) =>
    `The booking is not confirmed yet. The municipality must approve it, and you will get an answer by email to ${email}.`,
  reference: g.reference,
  status: 'Status',
  statusConfirmed: 'Confirmed',
  statusPending: 'Waiting for approval',
  addToCalendar: g.addToCalendar,
  cancel: g.cancelBooking,
  cancelHint: 'Keep this link. You need it if you have to cancel.',
  newBooking: 'Book another time',
};

export default messages;
