import { entryOf } from '../../../core/i18n.js';
import type { CommitteeMessages } from './types.js';

const plural = (n: number, one: string, other: string): string => `${n} ${n === 1 ? one : other}`;
const FOR: Record<string, string> = {
  ungdom: 'for ungdomen',
  velforening: 'for velforeiningane',
  naeringsliv: 'for næringslivet',
  frivillighet: 'for frivillig sektor',
};

/** "2 representantar under 20 år", "1 uavhengig representant", "1 representant for næringslivet". */
function representatives(n: number, seat: string, age?: number): string {
  const independent = seat === 'uavhengig';
  const word = plural(
    n,
    `${independent ? 'uavhengig ' : ''}representant`,
    `${independent ? 'uavhengige ' : ''}representantar`,
  );
  const of = independent || (seat === 'ungdom' && age !== undefined) ? '' : ` ${entryOf(FOR, seat) ?? `for «${seat}»`}`;
  return `${word}${of}${age === undefined ? '' : ` under ${age} år`}`;
}

const genders = (c: { kvinne: number; mann: number; annet: number }): string =>
  `${plural(c.kvinne, 'kvinne', 'kvinner')}${c.annet ? ', ' : ' og '}${plural(c.mann, 'mann', 'menn')}${c.annet ? ` og ${c.annet} med anna kjønn` : ''}`;

const messages: CommitteeMessages = {
  seats: {
    ungdom: 'Ungdom',
    velforening: 'Velforeiningar',
    naeringsliv: 'Næringsliv',
    frivillighet: 'Frivillig sektor',
    uavhengig: 'Uavhengige',
  },
  roles: { leder: 'Leiar', nestleder: 'Nestleiar', medlem: 'Medlem', varamedlem: 'Varamedlem' },
  term: 'Periode',
  legalBasis: 'Heimel',
  secretariat: 'Sekretariat',
  members: 'Medlemer',
  deputies: 'Varamedlemer',
  others: 'Tidlegare og komande medlemer',
  vacant: 'Ledig plass',
  period: (from, to) => `Frå ${from} til ${to}`,
  check: 'Samansetjing',
  checkedOn: (date) => `Per ${date}`,
  summary: (notMet, total) => (notMet ? `${notMet} av ${total} krav er ikkje oppfylte` : 'Alle krava er oppfylte'),
  deputiesNotMet: 'Kjønnsbalansen blant varamedlemene er ikkje oppfylt',
  status: { met: 'Oppfylt', missing: 'Ikkje oppfylt', unverified: 'Kan ikkje stadfestast' },
  seatRule: (seat, age) => `${entryOf(messages.seats, seat) ?? seat}${age === undefined ? '' : ` under ${age} år`}`,
  genderRule: 'Kjønnsbalanse',
  deputiesGenderRule: 'Kjønnsbalanse blant varamedlemene',
  seatMessage: (r) => {
    const missing = r.required - r.actual;
    if (r.ok) return `Har ${representatives(r.actual, r.id, r.maxAgeExclusive)} (krev ${r.required})`;
    const text = `Manglar ${representatives(missing, r.id, r.maxAgeExclusive)} (har ${r.actual}, krev ${r.required})`;
    return r.unverified
      ? `${text}. Alderen til ${plural(r.unverified, 'medlem', 'medlemer')} er ikkje oppgjeven og kan ikkje stadfestast`
      : text;
  },
  genderMessage: (r, names) => {
    const who = r.group === 'members' ? ['medlem', 'medlemer'] : ['varamedlem', 'varamedlemer'];
    const unknown = r.counts.unknown
      ? `. Kjønn ikkje oppgjeve for ${plural(r.counts.unknown, who[0]!, who[1]!)} (${names})`
      : '';
    if (r.n < 2) return `Ingen krav til kjønnsbalanse med færre enn 2 ${who[1]}${unknown}`;
    const needs = `krev minst ${r.required} av kvart kjønn`;
    if (r.ok) return `Oppfylt med ${genders(r.counts)} (${needs})${unknown}`;
    const short = [
      r.counts.kvinne < r.required ? plural(r.required - r.counts.kvinne, 'kvinne', 'kvinner') : '',
      r.counts.mann < r.required ? plural(r.required - r.counts.mann, 'mann', 'menn') : '',
    ].filter(Boolean);
    return `Manglar ${short.join(' og ')} for kjønnsbalanse (har ${genders(r.counts)}, ${needs})${unknown}`;
  },
  notCounted: 'Tel ikkje med:',
  reason: (v, date, limit) => {
    switch (v.reason) {
      case 'deputy':
        return 'varamedlem, fyller ikkje plassen';
      case 'outside-term':
        return 'datoen er utanfor perioden til utvalet';
      case 'not-started':
        return `perioden startar ${date(v.from)}`;
      case 'ended':
        return `perioden slutta ${date(v.to)}`;
      case 'too-old':
        return v.age === undefined
          ? `er ikkje under ${limit} år`
          : `var ${v.age} år då perioden starta ${date(v.from)}`;
      case 'age-unknown':
        return 'alderen er ikkje oppgjeven og kan ikkje stadfestast';
      default:
        return '';
    }
  },
  outsideTerm: (date) => `${date} er utanfor perioden til utvalet, så ingen medlemer tel med.`,
  incomplete: (n) => `${plural(n, 'medlem', 'medlemer')} kunne ikkje lesast, så sjekken kan vere ufullstendig.`,
  badDate: (value) => `Datoen «${value}» kan ikkje lesast. Samansetjinga blir vist for i dag.`,
  notFound: (id) => `Tenesta fann ikkje utvalet «${id}». Sjekk attributtet committee.`,
  empty: (name) => `${name} har ingen medlemer registrerte enno.`,
};

export default messages;
