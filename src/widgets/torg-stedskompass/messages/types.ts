/** The texts of `<torg-stedskompass>` — the survey, sending and the results — in every language. */
export interface StedskompassMessages {
  /** Per theme, in survey order: [label, one-sentence question]. */
  themes: readonly (readonly [label: string, question: string])[];
  title: string;
  /** What it is, what it is for. */
  intro: string;
  /** How long it takes; anonymous unless names are written in the texts. */
  privacy: string;
  /** The draft is kept on this device. */
  saved: string;
  /** A draft was restored. */
  restored: string;
  /** "3 av 14 besvart". */
  progress: (answered: number, total: number) => string;
  /** The theme index's summary. */
  jump: string;
  /** A theme's state in the index. */
  answered: string;
  skipped: string;
  /** The ends of the scale. */
  low: string;
  high: string;
  skip: string;
  /** The disclosure of a theme's two text fields. */
  comment: string;
  good: string;
  improve: string;
  /** "120 av 1000 tegn" / "12 tegn for mye". */
  count: (length: number, max: number) => string;
  tooMany: (over: number) => string;
  age: string;
  ageHint: string;
  ages: readonly string[];
  ageNone: string;
  send: string;
  startOver: string;
  confirmTitle: string;
  confirmText: string;
  confirmYes: string;
  cancel: string;
  cleared: string;

  // --- sending and the thanks ---
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

  // --- the results ---
  results: string;
  responses: (count: number) => string;
  legendMean: string;
  legendYours: string;
  caption: string;
  colTheme: string;
  colMean: string;
  colCount: string;
  colYours: string;
  /** A table cell without a value. */
  noValue: string;
  /** The person's own score for a theme they did not score. */
  notAnswered: string;
  empty: string;
}

/** What only comes after "send" (its summary, sending, the thanks) and the results: their bokmål comes with those chunks. */
type LaterKey =
  | 'fix'
  | 'thanksText'
  | 'results'
  | 'responses'
  | 'legendMean'
  | 'legendYours'
  | 'caption'
  | 'colTheme'
  | 'colMean'
  | 'colCount'
  | 'colYours'
  | 'noValue'
  | 'notAnswered';

/** The survey's texts: their bokmål comes in the element's file. */
export type StedskompassFirstMessages = Omit<StedskompassMessages, LaterKey>;

/** What comes after "send", and the results: their bokmål comes with their chunks. */
export type StedskompassLaterMessages = Pick<StedskompassMessages, LaterKey>;
