/**
 * schema.org JSON-LD for search engines (the `structured-data` attribute):
 * the place, and its `OpeningHoursSpecification`s — the weekly hours, the
 * seasons that are not over, and the exceptions and closed holidays of the
 * coming year. Loaded only by pages that ask for it.
 *
 * It is written into the element's light DOM as
 * `<script type="application/ld+json">` — a data block, never executed, so a
 * strict CSP (`script-src 'self'`) does not block it, and with Trusted Types
 * its text comes from a policy of its own; `<` is escaped so the text can
 * never close the element when a CMS saves the page's HTML.
 */
import type { OpeningHours, WeeklyInterval } from '../../contract/schemas.js';
import { toJson } from '../../domain/to-json.js';
import { apiHref } from '../../core/url.js';
import { hoursOn, type ClockInterval } from '../../domain/opening-hours.js';
import { addDays, osloDate } from '../../domain/oslo-time.js';
import type { Subject } from './torg-opening-hours.js';

const SCHEMA_DAYS: Record<WeeklyInterval['day'], string> = {
  mo: 'https://schema.org/Monday',
  tu: 'https://schema.org/Tuesday',
  we: 'https://schema.org/Wednesday',
  th: 'https://schema.org/Thursday',
  fr: 'https://schema.org/Friday',
  sa: 'https://schema.org/Saturday',
  su: 'https://schema.org/Sunday',
};

interface Specification {
  '@type': 'OpeningHoursSpecification';
  dayOfWeek?: string[];
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
}

/** `24:00` is written `23:59` (what search engines read as "until midnight"); `00:00`–`00:00` marks a closed day. */
function time(value: string): string {
  return value === '24:00' ? '23:59' : value;
}

function clock(minutes: number): string {
  const m = minutes % 1440;
  return minutes === 1440
    ? '23:59'
    : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

const CLOSED = { opens: '00:00', closes: '00:00' };

/** Weekly intervals with the same hours share one specification. */
function weekly(intervals: WeeklyInterval[], valid: Partial<Specification> = {}): Specification[] {
  const byHours = new Map<string, string[]>();
  for (const { day, opens, closes } of intervals) {
    const key = `${time(opens)}|${time(closes)}`;
    byHours.set(key, [...(byHours.get(key) ?? []), SCHEMA_DAYS[day]]);
  }
  return [...byHours].map(([key, days]) => {
    const [opens = '', closes = ''] = key.split('|');
    return { '@type': 'OpeningHoursSpecification', dayOfWeek: days, opens, closes, ...valid };
  });
}

function onDate(date: string, intervals: ClockInterval[]): Specification[] {
  const valid = { validFrom: date, validThrough: date };
  if (!intervals.length) return [{ '@type': 'OpeningHoursSpecification', ...CLOSED, ...valid }];
  return intervals.map((i) => ({
    '@type': 'OpeningHoursSpecification',
    opens: clock(i.opens),
    closes: clock(i.closes),
    ...valid,
  }));
}

/** The specifications for the hours as of `today` (a year of exceptions and holidays ahead). */
export function openingHoursSpecification(hours: OpeningHours, today: string): Specification[] {
  const specs = weekly(hours.weekly);
  for (const season of hours.seasons ?? []) {
    if (season.to < today) continue;
    const valid = { validFrom: season.from, validThrough: season.to };
    specs.push(...weekly(season.weekly, valid));
    const open = new Set(season.weekly.map((i) => i.day));
    const closedDays = (Object.keys(SCHEMA_DAYS) as WeeklyInterval['day'][]).filter((d) => !open.has(d));
    if (closedDays.length) {
      specs.push({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: closedDays.map((d) => SCHEMA_DAYS[d]),
        ...CLOSED,
        ...valid,
      });
    }
  }
  for (let i = 0; i < 366; i++) {
    const day = hoursOn(hours, addDays(today, i));
    if (day.source === 'exception' || day.source === 'holiday') specs.push(...onDate(day.date, day.intervals));
  }
  return specs;
}

/** The JSON-LD document of a torg (or one of its services). */
export function structuredData(
  { torg, service, hours, place }: Subject,
  today: string,
  apiBase?: string,
): Record<string, unknown> {
  const url = apiHref(torg.url, apiBase);
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOffice',
    name: place,
    ...(service ? { department: { '@type': 'GovernmentOffice', name: service.name } } : {}),
    address: {
      '@type': 'PostalAddress',
      streetAddress: torg.address.street,
      postalCode: torg.address.postalCode,
      addressLocality: torg.address.city,
      addressCountry: 'NO',
    },
    geo: { '@type': 'GeoCoordinates', latitude: torg.location.lat, longitude: torg.location.lon },
    ...(torg.phone ? { telephone: torg.phone } : {}),
    ...(torg.email ? { email: torg.email } : {}),
    ...(url ? { url } : {}),
    ...(hours ? { openingHoursSpecification: openingHoursSpecification(hours, today) } : {}),
  };
}

/**
 * Writes (or updates, or with `undefined` removes) the element's
 * `<script type="application/ld+json" data-torg-opening-hours>` child.
 */
export function writeStructuredData(host: HTMLElement & { apiBase?: string }, subject: Subject | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[data-torg-opening-hours]');
  if (!subject?.hours) {
    script?.remove();
    return;
  }
  const json = toJson(structuredData(subject, osloDate(Date.now()), host.apiBase)).replace(/</g, '\\u003c');
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute('data-torg-opening-hours', '');
    host.append(script);
  }
  if (script.textContent === json) return;
  try {
    script.textContent = trustedScript(json);
  } catch {
    // Trusted Types enforced and our policy not allowed: the data is still written (the page's report says so).
    script.replaceChildren(document.createTextNode(json));
  }
}

interface ScriptPolicy {
  createScript(input: string): string;
}

let policy: ScriptPolicy | null | undefined;

/**
 * Under Trusted Types (`require-trusted-types-for 'script'`) even a data
 * block's text must come from a policy. This one is private to this module
 * and only ever given the JSON above (never executed); a page that lists
 * allowed policies adds `torg-widgets-json-ld` next to Lit's `lit-html`.
 */
function trustedScript(json: string): string {
  if (policy === undefined) {
    const tt = (window as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } })
      .trustedTypes;
    try {
      policy = tt ? tt.createPolicy('torg-widgets-json-ld', { createScript: (input) => input }) : null;
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createScript(json) : json;
}
