import type { TorgErrorKind } from '../../contract/errors.js';

/** The texts of the shared states, in every language. */
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
  /** The page's Trusted Types policy does not allow the widget to render (shown as plain text). */
  trustedTypes: string;
}
