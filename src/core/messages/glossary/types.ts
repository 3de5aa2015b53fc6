/**
 * The glossary: the words and formats every catalog (core, shared and the
 * widgets) uses for the same thing, so a citizen meets one wording
 * across the widgets and in each language. The rules behind it — which
 * words to avoid, how times and dates are written — are in
 * `docs/glossary.md`; `rules.ts` holds the checks a test runs over every
 * catalog.
 *
 * A catalog takes its shared words from here (`import * as g from
 * '…/core/messages/glossary/nb.js'`) rather than writing them again. Each
 * word is a named export (`complete.ts` checks that each language's exports
 * make this interface, so every language has every word): the build writes a
 * word into the catalog that uses it, so a first screen carries its own
 * shared words only, not every widget's. (Functions cannot be written in:
 * the bokmål ones only later parts use are in `nb-later.ts`, which `nb.ts`
 * exports with the rest.)
 */
export interface Glossary {
  /** A clock time in a sentence: "kl. 08.00" (no-break space) / "08:00". */
  at: (time: string) => string;
  /** A range of clock times: "kl. 08.00–09.00" (en dash, no spaces) / "08:00–09:00". */
  range: (from: string, to: string) => string;
  /** "Laster …". */
  loading: string;
  /** A retry button: "Prøv igjen". */
  retry: string;
  /** The .ics download: "Legg til i kalenderen". */
  addToCalendar: string;
  /** The link to a calendar feed (webcal): "Abonner på kalenderen" — a calendar that updates itself. */
  subscribe: string;
  /** The button that books (Språkrådet: "bestille", not "booke"): "Bestill". */
  book: string;
  /** The noun: "bestilling" (not "booking"). */
  booking: string;
  /** The number a citizen quotes about a booking: "Referansenummer" (not "Bookingnummer"). */
  reference: string;
  /** The link that cancels a booking: "Avbestill". */
  cancelBooking: string;
  /** A filter's first option, named as the hint that refers to it: "Alle kategorier". */
  allCategories: string;
  allAudiences: string;
  allServices: string;
  /** After an optional field's label: "(valgfritt)". */
  optional: string;
  /** Today, in a sentence: "i dag". */
  today: string;
  /** What a citizen is told when a widget is set up wrong: "Innholdet kan ikke vises akkurat nå." */
  unavailable: string;
  /** The collapsed section with the technical reason, for the web editor: "Teknisk informasjon". */
  technical: string;
  // --- forms ---
  /** A field the service refused (422): "Tjenesten godtok ikke dette. Sjekk det du har skrevet." */
  refused: string;
  /** A text over a field's limit: "Teksten er for lang. Skriv kortere." */
  tooLong: string;
  /** What a form keeps on the device: "Det du skriver, lagres underveis på denne enheten, …" */
  keptOnDevice: string;
  /** The consent's group: "Samtykke". */
  consent: string;
  /** The error summary's heading of a form that sends: "Rett opp disse 3 feilene før du sender:". */
  fixBeforeSending: (count: number) => string;
}
