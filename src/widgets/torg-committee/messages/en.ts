import { entryOf } from '../../../core/i18n.js';
import type { CommitteeMessages } from './types.js';

const plural = (n: number, one: string, other: string): string => `${n} ${n === 1 ? one : other}`;
const FOR: Record<string, string> = {
  ungdom: 'for young people',
  velforening: "for the residents' associations",
  naeringsliv: 'for local business',
  frivillighet: 'for the voluntary sector',
};

/** "2 representatives under 20", "1 independent representative", "1 representative for local business". */
function representatives(n: number, seat: string, age?: number): string {
  const independent = seat === 'uavhengig';
  const word = plural(
    n,
    `${independent ? 'independent ' : ''}representative`,
    `${independent ? 'independent ' : ''}representatives`,
  );
  const of = independent || (seat === 'ungdom' && age !== undefined) ? '' : ` ${entryOf(FOR, seat) ?? `for “${seat}”`}`;
  return `${word}${of}${age === undefined ? '' : ` under ${age}`}`;
}

const genders = (c: { kvinne: number; mann: number; annet: number }): string =>
  `${plural(c.kvinne, 'woman', 'women')}${c.annet ? ', ' : ' and '}${plural(c.mann, 'man', 'men')}${c.annet ? ` and ${c.annet} of another gender` : ''}`;

const messages: CommitteeMessages = {
  seats: {
    ungdom: 'Young people',
    velforening: "Residents' associations",
    naeringsliv: 'Local business',
    frivillighet: 'Voluntary sector',
    uavhengig: 'Independent',
  },
  roles: { leder: 'Chair', nestleder: 'Vice chair', medlem: 'Member', varamedlem: 'Deputy member' },
  term: 'Term',
  legalBasis: 'Legal basis',
  secretariat: 'Secretariat',
  members: 'Members',
  deputies: 'Deputy members',
  others: 'Former and future members',
  vacant: 'Vacant seat',
  period: (from, to) => `From ${from} to ${to}`,
  check: 'Composition',
  checkedOn: (date) => `As of ${date}`,
  summary: (notMet, total) =>
    notMet ? `${notMet} of ${total} requirements ${notMet === 1 ? 'is' : 'are'} not met` : 'All requirements are met',
  deputiesNotMet: 'Gender balance among the deputy members is not met',
  status: { met: 'Met', missing: 'Not met', unverified: 'Cannot be verified' },
  seatRule: (seat, age) => `${entryOf(messages.seats, seat) ?? seat}${age === undefined ? '' : ` under ${age}`}`,
  genderRule: 'Gender balance',
  deputiesGenderRule: 'Gender balance among deputy members',
  seatMessage: (r) => {
    const missing = r.required - r.actual;
    if (r.ok) return `Has ${representatives(r.actual, r.id, r.maxAgeExclusive)} (needs ${r.required})`;
    const text = `Missing ${representatives(missing, r.id, r.maxAgeExclusive)} (has ${r.actual}, needs ${r.required})`;
    return r.unverified
      ? `${text}. ${r.unverified === 1 ? 'The age of 1 member is' : `The ages of ${r.unverified} members are`} not recorded and cannot be verified`
      : text;
  },
  genderMessage: (r, names) => {
    const who = r.group === 'members' ? ['member', 'members'] : ['deputy member', 'deputy members'];
    const unknown = r.counts.unknown
      ? `. Gender not recorded for ${plural(r.counts.unknown, who[0]!, who[1]!)} (${names})`
      : '';
    if (r.n < 2) return `No gender balance requirement with fewer than 2 ${who[1]}${unknown}`;
    const needs = `needs at least ${r.required} of each gender`;
    if (r.ok) return `Met with ${genders(r.counts)} (${needs})${unknown}`;
    const short = [
      r.counts.kvinne < r.required ? plural(r.required - r.counts.kvinne, 'woman', 'women') : '',
      r.counts.mann < r.required ? plural(r.required - r.counts.mann, 'man', 'men') : '',
    ].filter(Boolean);
    return `Missing ${short.join(' and ')} for gender balance (has ${genders(r.counts)}, ${needs})${unknown}`;
  },
  notCounted: 'Not counted:',
  reason: (v, date, limit) => {
    switch (v.reason) {
      case 'deputy':
        return 'deputy member, does not fill the seat';
      case 'outside-term':
        return "the date is outside the committee's term";
      case 'not-started':
        return `membership starts ${date(v.from)}`;
      case 'ended':
        return `membership ended ${date(v.to)}`;
      case 'too-old':
        return v.age === undefined
          ? `is not under ${limit}`
          : `was ${v.age} when the membership started ${date(v.from)}`;
      case 'age-unknown':
        return 'age not recorded, cannot be verified';
      default:
        return '';
    }
  },
  outsideTerm: (date) => `${date} is outside the committee's term, so no members count.`,
  incomplete: (n) => `${plural(n, 'member', 'members')} could not be read, so the check may be incomplete.`,
  badDate: (value) => `The date “${value}” cannot be read. The composition is shown for today.`,
  notFound: (id) => `The service has no committee “${id}”. Check the committee attribute.`,
  empty: (name) => `${name} has no members registered yet.`,
};

export default messages;
