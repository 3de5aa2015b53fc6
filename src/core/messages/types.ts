import type { TorgErrorKind } from '../../contract/errors.js';

/** The texts of the shared states, in every language. */
export interface CoreMessages {
  loading: string;
  retry: string;
  /** Heading of the error state. */
  errorTitle: string;
  /** A plain-language explanation per error kind (`config`: what a citizen is told when the widget is set up wrong). */
  errors: Record<TorgErrorKind | 'unknown', string>;
  /** The collapsed section that gives a web editor the technical reason of a configuration error. */
  technical: string;
  /** For the web editor (under "Teknisk informasjon" and in the console): the `api-base` value cannot be used. */
  badApiBase: (value: string) => string;
  /** For the web editor: a required attribute is missing. */
  missingAttribute: (name: string) => string;
  /** A refresh failed; older data is shown. */
  stale: (time: string) => string;
  /** Some items of a collection could not be read. */
  skipped: (count: number) => string;
  /** The viewer's zone is not Oslo's. */
  osloTime: string;
  /** "kl. 08.00" / "08:00" (the glossary's `at`). */
  at: (time: string) => string;
  /** The page's Trusted Types policy does not allow the widget to render (shown as plain text). */
  trustedTypes: string;
}

/** What the error state and other seldom states say: in `nb-states.ts`, loaded when one of them is shown. */
type StateKey = 'errorTitle' | 'skipped' | 'trustedTypes';

/**
 * The texts every first screen may show (loading, retry, a widget set up wrong, the time-zone note), and the
 * stale notice's (stale data is shown when the network is gone, when the states' other words may not come).
 */
export type CoreFirstMessages = Omit<CoreMessages, StateKey | 'errors'> & {
  errors: Pick<CoreMessages['errors'], 'config'>;
};

/** The rest: what an error (but a configuration error) and unreadable items say (`nb-states.ts`). */
export type CoreStateMessages = Pick<CoreMessages, StateKey> & {
  errors: Omit<CoreMessages['errors'], 'config'>;
};
