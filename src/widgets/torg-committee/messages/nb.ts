import { entryOf } from '../../../core/i18n.js';
import type { CommitteeMessages } from './types.js';

const plural = (n: number, one: string, other: string): string => `${n} ${n === 1 ? one : other}`;
const FOR: Record<string, string> = {
  ungdom: 'for ungdommen',
  velforening: 'for velforeningene',
  naeringsliv: 'for næringslivet',
  frivillighet: 'for frivillig sektor',
};

/** "2 representanter under 20 år", "1 uavhengig representant", "1 representant for næringslivet". */
function representatives(n: number, seat: string, age?: number): string {
  const independent = seat === 'uavhengig';
  const word = plural(
    n,
    `${independent ? 'uavhengig ' : ''}representant`,
    `${independent ? 'uavhengige ' : ''}representanter`,
  );
  const of = independent || (seat === 'ungdom' && age !== undefined) ? '' : ` ${entryOf(FOR, seat) ?? `for «${seat}»`}`;
  return `${word}${of}${age === undefined ? '' : ` under ${age} år`}`;
}

const genders = (c: { kvinne: number; mann: number; annet: number }): string =>
  `${plural(c.kvinne, 'kvinne', 'kvinner')}${c.annet ? ', ' : ' og '}${plural(c.mann, 'mann', 'menn')}${c.annet ? ` og ${c.annet} med annet kjønn` : ''}`;

const messages: CommitteeMessages = {
  seats: {
    ungdom: 'Ungdom',
    velforening: 'Velforeninger',
    naeringsliv: 'Næringsliv',
    frivillighet: 'Frivillig sektor',
    uavhengig: 'Uavhengige',
  },
  roles: { leder: 'Leder', nestleder: 'Nestleder', medlem: 'Medlem', varamedlem: 'Varamedlem' },
  term: 'Periode',
  legalBasis: 'Hjemmel',
  secretariat: 'Sekretariat',
  members: 'Medlemmer',
  deputies: 'Varamedlemmer',
  others: 'Tidligere og kommende medlemmer',
  vacant: 'Ledig plass',
  period: (from, to) => `Fra ${from} til ${to}`,
  check: 'Sammensetning',
  checkedOn: (date) => `Per ${date}`,
  summary: (notMet, total) => (notMet ? `${notMet} av ${total} krav er ikke oppfylt` : 'Alle kravene er oppfylt'),
  deputiesNotMet: 'Kjønnsbalansen blant varamedlemmene er ikke oppfylt',
  status: { met: 'Oppfylt', missing: 'Ikke oppfylt', unverified: 'Kan ikke bekreftes' },
  seatRule: (seat, age) => `${entryOf(messages.seats, seat) ?? seat}${age === undefined ? '' : ` under ${age} år`}`,
  genderRule: 'Kjønnsbalanse',
  deputiesGenderRule: 'Kjønnsbalanse blant varamedlemmene',
  seatMessage: (r) => {
    const missing = r.required - r.actual;
    if (r.ok) return `Har ${representatives(r.actual, r.id, r.maxAgeExclusive)} (krever ${r.required})`;
    const text = `Mangler ${representatives(missing, r.id, r.maxAgeExclusive)} (har ${r.actual}, krever ${r.required})`;
    return r.unverified
      ? `${text}. Alderen til ${plural(r.unverified, 'medlem', 'medlemmer')} er ikke oppgitt og kan ikke bekreftes`
      : text;
  },
  genderMessage: (r, names) => {
    const who = r.group === 'members' ? ['medlem', 'medlemmer'] : ['varamedlem', 'varamedlemmer'];
    const unknown = r.counts.unknown
      ? `. Kjønn ikke oppgitt for ${plural(r.counts.unknown, who[0]!, who[1]!)} (${names})`
      : '';
    if (r.n < 2) return `Ingen krav til kjønnsbalanse med færre enn 2 ${who[1]}${unknown}`;
    const needs = `krever minst ${r.required} av hvert kjønn`;
    if (r.ok) return `Oppfylt med ${genders(r.counts)} (${needs})${unknown}`;
    const short = [
      r.counts.kvinne < r.required ? plural(r.required - r.counts.kvinne, 'kvinne', 'kvinner') : '',
      r.counts.mann < r.required ? plural(r.required - r.counts.mann, 'mann', 'menn') : '',
    ].filter(Boolean);
    return `Mangler ${short.join(' og ')} for kjønnsbalanse (har ${genders(r.counts)}, ${needs})${unknown}`;
  },
  notCounted: 'Teller ikke med:',
  reason: (v, date, limit) => {
    switch (v.reason) {
      case 'deputy':
        return 'varamedlem, fyller ikke plassen';
      case 'outside-term':
        return 'datoen er utenfor utvalgets periode';
      case 'not-started':
        return `perioden starter ${date(v.from)}`;
      case 'ended':
        return `perioden sluttet ${date(v.to)}`;
      case 'too-old':
        return v.age === undefined
          ? `er ikke under ${limit} år`
          : `var ${v.age} år da perioden startet ${date(v.from)}`;
      case 'age-unknown':
        return 'alderen er ikke oppgitt og kan ikke bekreftes';
      default:
        return '';
    }
  },
  outsideTerm: (date) => `${date} er utenfor utvalgets periode, så ingen medlemmer teller med.`,
  incomplete: (n) => `${plural(n, 'medlem', 'medlemmer')} kunne ikke leses, så sjekken kan være ufullstendig.`,
  badDate: (value) => `Datoen «${value}» kan ikke leses. Sammensetningen vises for i dag.`,
  notFound: (id) => `Tjenesten fant ikke utvalget «${id}». Sjekk attributtet committee.`,
  empty: (name) => `${name} har ingen medlemmer registrert ennå.`,
};

export default messages;
