import { pluralize } from '../../../core/i18n.js';
import type { TilskuddFirstMessages } from './types.js';

/** The first screen's texts (the application form's are in `nb-form.ts`, in its chunk). */
const messages: TilskuddFirstMessages = {
  title: (year) => `Utvalgets midler i ${year}`,
  yearLabel: 'Vis år',
  budget: 'Budsjett',
  allocated: 'Tildelt så langt',
  left: 'Igjen',
  share: (percent, left) => `${percent} % av budsjettet er tildelt. ${left} er igjen.`,
  overspent: (over) => `Utvalget har tildelt ${over} mer enn budsjettet.`,
  pending: (count) => `${count} ${pluralize(count, 'søknad', 'søknader')} er til behandling.`,
  grants: (year) => `Tildelinger i ${year}`,
  noGrants: (year, thisYear) => (thisYear ? `Ingen tildelinger ennå i ${year}.` : `Ingen tildelinger i ${year}.`),
  emptyYear: (year, thisYear) =>
    thisYear ? `Ingen tildelinger ennå i ${year}.` : `Utvalget har ingen midler eller tildelinger for ${year}.`,
  unknownCommittee: (id) => `Vi fant ikke utvalget «${id}».`,
  recipient: 'Mottaker',
  purpose: 'Formål',
  amount: 'Beløp',
  decided: 'Vedtatt',
  total: 'Sum',
  sortBy: (key) => (key === 'amount' ? 'Sorter etter beløp' : 'Sorter etter dato'),
  sorted: (key, direction) =>
    key === 'amount'
      ? `Sortert etter beløp, ${direction === 'descending' ? 'størst' : 'minst'} først`
      : `Sortert etter dato, ${direction === 'descending' ? 'nyeste' : 'eldste'} først`,
  caseNumber: (number) => `Sak ${number}`,
  meetingLink: '(møtet der tilskuddet ble vedtatt)',
  guidelines: 'Retningslinjer og kriterier',
  adopted: (date) => `Vedtatt ${date}.`,
  criteria: 'Kriterier',
  apply: 'Søk om midler',
  deadline: (date) => `Søknadsfristen er ${date}.`,
  noDeadline: 'Utvalget tar imot søknader nå.',
  openForm: 'Skriv en søknad',
  closed: (deadline) =>
    deadline ? `Utvalget tar ikke imot søknader nå. Fristen var ${deadline}.` : 'Utvalget tar ikke imot søknader nå.',
};

export default messages;
