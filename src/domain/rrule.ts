/**
 * RRULE values (RFC 5545 §3.3.10): read and checked ({@link parseRule}), and
 * written back from their parts ({@link formatRule}). Shared by the
 * recurrence engine (recurrence.ts) and the .ics writer (ics.ts), which
 * never copies a rule as sent. Weekdays are 0 = Monday … 6 = Sunday. The
 * common rules are also read by rrule-simple.ts, without this parser.
 */
import { DAYS, FREQS, ruleParts, untilValid, type Freq, type Rule } from './rrule-simple.js';

export { FREQS, UNTIL_RE, monthLength, type Freq, type Rule } from './rrule-simple.js';

/** The integer-list parts: rule key, Rule field, lowest absolute value, highest, whether negative values are allowed. */
const LISTS: [string, keyof Rule, number, number, boolean][] = [
  ['BYMONTH', 'byMonth', 1, 12, false],
  ['BYWEEKNO', 'byWeekNo', 1, 53, true],
  ['BYYEARDAY', 'byYearDay', 1, 366, true],
  ['BYMONTHDAY', 'byMonthDay', 1, 31, true],
  ['BYHOUR', 'byHour', 0, 23, false],
  ['BYMINUTE', 'byMinute', 0, 59, false],
  ['BYSECOND', 'bySecond', 0, 59, false],
  ['BYSETPOS', 'bySetPos', 1, 366, true],
];
/**
 * Parses and checks an RRULE value (with or without the `RRULE:` prefix):
 * the rule, or why it cannot be used. Sub-daily rules parse (they are valid
 * RFC 5545, and the .ics writer passes them on); the expansion refuses them.
 */
export function parseRule(text: string): Rule | string {
  const rule: Rule = { freq: 'DAILY', interval: 1, wkst: 0 };
  const seen = new Set<string>();
  for (const part of ruleParts(text)) {
    const [key = '', value = '', extra] = part.split('=');
    if (!value || extra !== undefined) return `malformed part "${part}"`;
    if (seen.has(key)) return `${key} given twice`;
    seen.add(key);
    const list = LISTS.find(([name]) => name === key);
    if (list) {
      const [, field, min, max, negative] = list;
      const values = value.split(',').map((item) => (/^[+-]?\d{1,3}$/.test(item) ? Number(item) : NaN));
      if (values.some((n) => !(Math.abs(n) >= min && Math.abs(n) <= max && (n >= 0 || negative) && !Object.is(n, -0))))
        return `bad ${key} "${value}"`;
      (rule[field] as number[]) = values;
    } else if (key === 'FREQ') {
      if (!FREQS.includes(value as Freq)) return `unknown FREQ "${value}"`;
      rule.freq = value as Freq;
    } else if (key === 'INTERVAL' || key === 'COUNT') {
      if (!/^\d{1,9}$/.test(value) || Number(value) < 1) return `bad ${key} "${value}"`;
      rule[key === 'COUNT' ? 'count' : 'interval'] = Number(value);
    } else if (key === 'UNTIL') {
      if (!untilValid(value)) return `bad UNTIL "${value}"`;
      rule.until = value;
    } else if (key === 'WKST') {
      if (!DAYS.includes(value)) return `bad WKST "${value}"`;
      rule.wkst = DAYS.indexOf(value);
    } else if (key === 'BYDAY') {
      const days: [number, number][] = [];
      for (const item of value.split(',')) {
        const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
        const n = Number(m?.[1] ?? 0);
        if (!m || (m[1] !== undefined && !(Math.abs(n) >= 1 && Math.abs(n) <= 53))) return `bad BYDAY "${value}"`;
        days.push([n, DAYS.indexOf(m[2]!)]);
      }
      rule.byDay = days;
    } else if (!((key === 'RSCALE' && value === 'GREGORIAN') || (key === 'SKIP' && value === 'OMIT'))) {
      return `unsupported part "${part}"`;
    }
  }
  const { freq, byDay } = rule;
  const ordinals = byDay?.some(([n]) => n !== 0);
  if (!seen.has('FREQ')) return 'no FREQ';
  if (rule.count && rule.until) return 'both COUNT and UNTIL';
  if (rule.byWeekNo && freq !== 'YEARLY') return 'BYWEEKNO outside a YEARLY rule';
  if (rule.byYearDay && /DAILY|WEEKLY|MONTHLY/.test(freq)) return `BYYEARDAY in a ${freq} rule`;
  if (rule.byMonthDay && freq === 'WEEKLY') return 'BYMONTHDAY in a WEEKLY rule';
  if (ordinals && ((freq !== 'MONTHLY' && freq !== 'YEARLY') || rule.byWeekNo))
    return `BYDAY with ordinals in a ${freq} rule${rule.byWeekNo ? ' with BYWEEKNO' : ''}`;
  return rule;
}

/** A rule as RFC 5545 text, written from its parsed parts (never copied). */
export function formatRule(rule: Rule, until = rule.until): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.count) parts.push(`COUNT=${rule.count}`);
  if (until) parts.push(`UNTIL=${until}`);
  if (rule.byDay) parts.push(`BYDAY=${rule.byDay.map(([n, d]) => `${n || ''}${DAYS[d]}`).join(',')}`);
  for (const [key, field] of LISTS) {
    const values = rule[field] as number[] | undefined;
    if (values) parts.push(`${key}=${values.join(',')}`);
  }
  if (rule.wkst) parts.push(`WKST=${DAYS[rule.wkst]}`);
  return parts.join(';');
}
