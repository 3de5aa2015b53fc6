import * as g from '../../../core/messages/glossary/en.js';
import type { InnspillMessages } from './types.js';

const messages: InnspillMessages = {
  title: (committee) => `Raise a matter with ${committee}`,
  intro: 'Is there something you think the council should take up? Write it here.',
  saved: g.keptOnDevice,
  restored: 'We have brought back the proposal you started.',
  labels: {
    title: 'What is it about?',
    description: 'Describe the matter',
    place: 'Place',
    name: 'Name',
    email: 'Email',
  },
  descriptionHint: 'Say what it is about, and what you would like the council to do.',
  placeHint: 'For example a street, a square or an area.',
  aboutYou: 'About you',
  aboutYouHint: 'You can send it without your name and email. Then the council cannot answer you.',
  emailHint: 'The council only uses the address to answer you.',
  anonymous: 'You are sending it anonymously.',
  optional: g.optional,
  consentLegend: g.consent,
  consentText:
    'Your proposal is registered by the municipality and may become public. Your name and email address are not published.',
  consentLabel: 'I have read this and want to send the proposal',
  problem: (field, problem) => {
    if (problem === 'rejected') return g.refused;
    if (problem === 'tooLong') return g.tooLong;
    switch (field) {
      case 'title':
        return 'Say briefly what it is about.';
      case 'description':
        return 'Describe the matter.';
      case 'email':
        return 'Enter the email address like this: name@example.com, or leave it empty.';
      case 'consent':
        return 'Tick the box to say you have read this.';
      default:
        return 'Check this field.';
    }
  },
  summaryTitle: g.fixBeforeSending,
  send: 'Send the proposal',
  sending: 'Sending the proposal …',
  retrying: 'The proposal did not get through. Trying again …',
  offline: 'You are offline. The proposal is sent when you are back online.',
  failed: 'The proposal was not sent. Everything you wrote has been kept. Try again in a little while.',
  nextTitle: 'What happens next?',
  nextText:
    'The council decides itself whether to take the matter up. Its meetings are open to everyone, and the agendas are published before them.',
  nextMeeting: (date, time, place) => `The next meeting is on ${date} at ${g.at(time)}${place ? ` at ${place}` : ''}.`,
  noMeeting: 'No new meeting has been set yet.',
  agendaLink: 'See the meetings and agendas',
  unknownCommittee: (id) => `We could not find the council “${id}”.`,
  received: 'Thank you for your proposal!',
  reference: g.reference,
  receivedAnonymous: 'You sent it anonymously, so the council cannot answer you.',
  receivedReply: (email) =>
    email ? `The council can answer you by email at ${email}.` : 'Your name comes with the proposal.',
  another: 'Send a new proposal',
};

export default messages;
