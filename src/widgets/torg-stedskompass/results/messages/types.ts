/** The texts of the results view: heading, number of responses, legend, table and empty state. */
export interface ResultsMessages {
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
