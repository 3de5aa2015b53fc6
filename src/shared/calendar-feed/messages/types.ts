/** The texts of a calendar feed's "subscribe" block (`<torg-events>`, `<torg-agenda>`), in every language. */
export interface CalendarFeedMessages {
  /** The webcal link: "Abonner på kalenderen" (events), "Abonner på møtekalenderen" (meetings). */
  subscribe: { events: string; meetings: string };
  /**
   * How a subscription differs from the widget's own "add to calendar" link (`add`: that link's text,
   * named exactly).
   */
  help: { events: (add: string) => string; meetings: (add: string) => string };
  /** Before the feed's https address: for web calendars. */
  web: string;
  /** The filters the feed follows, in words ("Kultur, Borgen innbyggertorg"). */
  filtered: (filters: string) => string;
}
