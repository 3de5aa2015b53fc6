import { formatPhone } from '../../../core/format.js';
import * as g from '../../../core/messages/glossary/en.js';
import { pluralize } from '../../../core/i18n.js';
import type { TilskuddMessages } from './types.js';

const messages: TilskuddMessages = {
  title: (year) => `The council’s funds in ${year}`,
  yearLabel: 'Show year',
  budget: 'Budget',
  allocated: 'Granted so far',
  left: 'Left',
  share: (percent, left) => `${percent}% of the budget has been granted. ${left} is left.`,
  overspent: (over) => `The council has granted ${over} more than its budget.`,
  pending: (count) => `${count} ${pluralize(count, 'application is', 'applications are')} being considered.`,
  grants: (year) => `Grants in ${year}`,
  noGrants: (year, thisYear) => (thisYear ? `No grants yet in ${year}.` : `No grants in ${year}.`),
  emptyYear: (year, thisYear) =>
    thisYear ? `No grants yet in ${year}.` : `The council has no funds or grants for ${year}.`,
  unknownCommittee: (id) => `We could not find the council “${id}”.`,
  recipient: 'Recipient',
  purpose: 'Purpose',
  amount: 'Amount',
  decided: 'Decided',
  total: 'Total',
  sortBy: (key) => (key === 'amount' ? 'Sort by amount' : 'Sort by date'),
  sorted: (key, direction) =>
    key === 'amount'
      ? `Sorted by amount, ${direction === 'descending' ? 'largest' : 'smallest'} first`
      : `Sorted by date, ${direction === 'descending' ? 'newest' : 'oldest'} first`,
  caseNumber: (number) => `Case ${number}`,
  meetingLink: '(the meeting that decided the grant)',
  guidelines: 'Guidelines and criteria',
  adopted: (date) => `Adopted ${date}.`,
  criteria: 'Criteria',
  apply: 'Apply for a grant',
  deadline: (date) => `The deadline is ${date}.`,
  noDeadline: 'The council is taking applications now.',
  openForm: 'Write an application',
  closed: (deadline) =>
    deadline
      ? `The council is not taking applications now. The deadline was ${deadline}.`
      : 'The council is not taking applications now.',
  formTitle: 'Application for a grant',
  process: (deadline) =>
    `The council considers the applications in a meeting${deadline ? ` after the deadline of ${deadline}` : ''}. Its meetings are public, and you get an answer by email.`,
  saved: g.keptOnDevice,
  restored: 'We have brought back the application you started.',
  applicantGroup: 'About the applicant',
  projectGroup: 'About the project',
  labels: {
    applicant: 'Your name',
    organisation: 'Club or association',
    email: 'Email',
    phone: 'Phone',
    title: 'What are you applying for?',
    description: 'Describe the project',
    amount: 'Amount you apply for (NOK)',
  },
  emailHint: 'The council answers your application here.',
  phoneHint: `For example ${formatPhone('91234567')}.`,
  descriptionHint: 'What will the money be used for, who benefits, and when does it happen?',
  amountHint: (left, year) => `The council has ${left} left in ${year}.`,
  overLeft: (over) => `The amount is ${over} more than the council has left. You can still send the application.`,
  overBudget: (over) => `The amount is ${over} more than the budget below. Check that the numbers are right.`,
  budgetLines: 'Budget',
  budgetHint: 'List what the project costs, line by line.',
  lineItem: (n) => `What (line ${n})`,
  lineAmount: (n) => `NOK (line ${n})`,
  addLine: 'Add a budget line',
  removeLine: (n) => `Remove line ${n}`,
  budgetTotal: (total) => `Budget total: ${total}`,
  optional: g.optional,
  consentLegend: g.consent,
  consentText:
    'The application is registered by the municipality and may become public. The contact details are only used to handle the application.',
  consentLabel: 'I have read this and want to send the application',
  problem: (field, problem) => {
    if (problem === 'rejected') return g.refused;
    if (problem === 'tooLong') return g.tooLong;
    switch (field) {
      case 'applicant':
        return 'Enter your name.';
      case 'email':
        return problem === 'required'
          ? 'Enter your email address.'
          : 'Enter the email address like this: name@example.com.';
      case 'phone':
        return `Enter a phone number, for example ${formatPhone('91234567')}.`;
      case 'title':
        return 'Say briefly what you are applying for.';
      case 'description':
        return 'Describe the project.';
      case 'amount':
        return problem === 'required'
          ? 'Enter the amount you apply for.'
          : 'Enter the amount in kroner, for example 15,000.';
      case 'item':
        return 'Say what the line is for.';
      case 'lineAmount':
        return problem === 'required' ? 'Enter what this costs.' : 'Enter the amount in kroner, for example 2,500.';
      case 'consent':
        return 'Tick the box to say you have read this.';
      default:
        return 'Check this field.';
    }
  },
  summaryTitle: g.fixBeforeSending,
  lineProblem: (n, text) => `Budget line ${n}: ${text}`,
  send: 'Send the application',
  sending: 'Sending the application …',
  retrying: 'The application did not get through. Trying again …',
  offline: 'You are offline. The application is sent when you are back online.',
  failed: 'The application was not sent. Everything you wrote has been kept. Try again in a little while.',
  received: 'The application has been sent',
  reference: g.reference,
  next: (deadline, email) =>
    `The council considers the application${deadline ? ` after the deadline of ${deadline}` : ''}, and the answer comes by email to ${email}.`,
  another: 'Write a new application',
};

export default messages;
