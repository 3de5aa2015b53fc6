/** The texts of sending (and of the thanks after it), in every language. */
export interface SendMessages {
  /** The error summary's heading. */
  fix: string;
  none: string;
  tooLong: (over: number) => string;
  needsScore: string;
  /** A field the API refused; the API's own words follow. */
  refused: string;
  sending: string;
  retrying: string;
  offline: string;
  failed: string;
  thanks: string;
  thanksText: string;
}
