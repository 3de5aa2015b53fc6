/**
 * Message tables. Each widget has one typed table per language (nb, nn, en)
 * in its folder; the shared messages of every widget's states live here.
 * Values may be functions for parameters. A table missing a key in one
 * language does not compile.
 */
import type { Locale } from './config.js';
import type { TorgErrorKind } from './errors.js';
import { plural } from './format.js';

export type MessageTables<T> = Record<Locale, T>;

/** Declares a widget's message tables; the type makes every language complete. */
export function defineMessages<T>(tables: MessageTables<T>): MessageTables<T> {
  return tables;
}

/** Picks a singular or plural form by the language's plural rules. */
export function pluralize(count: number, locale: Locale, one: string, other: string): string {
  return plural(count, locale) === 'one' ? one : other;
}

export interface CoreMessages {
  loading: string;
  retry: string;
  /** Heading of the error state. */
  errorTitle: string;
  /** A plain-language explanation per error kind. */
  errors: Record<TorgErrorKind | 'unknown', string>;
  /** The `api-base` value cannot be used. */
  badApiBase: (value: string) => string;
  /** A required attribute is missing. */
  missingAttribute: (name: string) => string;
  /** A refresh failed; older data is shown. */
  stale: (time: string) => string;
  /** Some items of a collection could not be read. */
  skipped: (count: number) => string;
  /** The viewer's zone is not Oslo's. */
  osloTime: string;
  /** "kl. 08.00" / "08:00". */
  at: (time: string) => string;
}

export const coreMessages = defineMessages<CoreMessages>({
  nb: {
    loading: 'Laster …',
    retry: 'Prøv igjen',
    errorTitle: 'Kunne ikke hente informasjonen',
    errors: {
      config: 'Widgeten vet ikke hvor den skal hente data fra.',
      network: 'Vi fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.',
      timeout: 'Tjenesten svarte ikke i tide. Prøv igjen om litt.',
      'not-found': 'Vi fant ikke det du leter etter.',
      conflict: 'Noen andre kom deg i forkjøpet.',
      validation: 'Noen av opplysningene må rettes.',
      server: 'Tjenesten har en feil akkurat nå. Prøv igjen om litt.',
      http: 'Tjenesten kunne ikke svare på forespørselen.',
      'invalid-data': 'Tjenesten sendte data vi ikke kunne lese.',
      unknown: 'Noe gikk galt.',
    },
    badApiBase: (value) =>
      `Adressen til tjenesten kan ikke brukes: «${value}». Sjekk attributtet api-base eller meta-taggen torg:api-base.`,
    missingAttribute: (name) => `Widgeten mangler attributtet «${name}».`,
    stale: (time) => `Kunne ikke oppdatere. Viser informasjon hentet kl. ${time}.`,
    skipped: (count) =>
      `${count} ${pluralize(count, 'nb', 'oppføring', 'oppføringer')} kunne ikke vises fordi tjenesten sendte data vi ikke kunne lese.`,
    osloTime: 'Alle tider er norsk tid.',
    at: (time) => `kl. ${time}`,
  },
  nn: {
    loading: 'Lastar …',
    retry: 'Prøv igjen',
    errorTitle: 'Kunne ikkje hente informasjonen',
    errors: {
      config: 'Widgeten veit ikkje kvar han skal hente data frå.',
      network: 'Vi fekk ikkje kontakt med tenesta. Sjekk nettsambandet og prøv igjen.',
      timeout: 'Tenesta svarte ikkje i tide. Prøv igjen om litt.',
      'not-found': 'Vi fann ikkje det du leitar etter.',
      conflict: 'Nokon andre kom deg i forkjøpet.',
      validation: 'Nokre av opplysningane må rettast.',
      server: 'Tenesta har ein feil akkurat no. Prøv igjen om litt.',
      http: 'Tenesta kunne ikkje svare på førespurnaden.',
      'invalid-data': 'Tenesta sende data vi ikkje kunne lese.',
      unknown: 'Noko gjekk gale.',
    },
    badApiBase: (value) =>
      `Adressa til tenesta kan ikkje brukast: «${value}». Sjekk attributtet api-base eller meta-taggen torg:api-base.`,
    missingAttribute: (name) => `Widgeten manglar attributtet «${name}».`,
    stale: (time) => `Kunne ikkje oppdatere. Viser informasjon henta kl. ${time}.`,
    skipped: (count) =>
      `${count} ${pluralize(count, 'nn', 'oppføring', 'oppføringar')} kunne ikkje visast fordi tenesta sende data vi ikkje kunne lese.`,
    osloTime: 'Alle tider er norsk tid.',
    at: (time) => `kl. ${time}`,
  },
  en: {
    loading: 'Loading …',
    retry: 'Try again',
    errorTitle: 'Could not load the information',
    errors: {
      config: 'The widget does not know where to get its data from.',
      network: 'We could not reach the service. Check your connection and try again.',
      timeout: 'The service did not answer in time. Please try again shortly.',
      'not-found': 'We could not find what you are looking for.',
      conflict: 'Someone else got there first.',
      validation: 'Some of the details need correcting.',
      server: 'The service has a problem right now. Please try again shortly.',
      http: 'The service could not answer the request.',
      'invalid-data': 'The service sent data we could not read.',
      unknown: 'Something went wrong.',
    },
    badApiBase: (value) =>
      `The service address cannot be used: “${value}”. Check the api-base attribute or the torg:api-base meta tag.`,
    missingAttribute: (name) => `The widget is missing the “${name}” attribute.`,
    stale: (time) => `Could not update. Showing information from ${time}.`,
    skipped: (count) =>
      `${count} ${pluralize(count, 'en', 'item', 'items')} could not be shown because the service sent data we could not read.`,
    osloTime: 'All times are Norwegian time.',
    at: (time) => time,
  },
});
