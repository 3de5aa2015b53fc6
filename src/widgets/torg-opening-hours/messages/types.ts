/**
 * The texts of `<torg-opening-hours>` beyond the status line (which is
 * `shared/opening-status`), in every language.
 */
export interface OpeningHoursMessages {
  /** Heading: "Åpningstider for Tofte innbyggertorg". */
  title: (place: string) => string;
  /** The week table's caption: "Denne uken (uke 13)". */
  week: (weekNumber: number) => string;
  /** Column headers of the week table. */
  dayHeader: string;
  hoursHeader: string;
  /** Marks today (in words, not by colour alone). */
  todayMark: string;
  /** An exception without a note. */
  changedHours: string;
  /** Heading of the upcoming changes: "Endringer de neste 14 dagene". */
  deviations: (days: number) => string;
  /** A season begins: "Sommertid begynner" (the name may be missing). */
  seasonStarts: (name: string | undefined) => string;
  /** A season ended the day before: regular hours again. */
  seasonEnds: (name: string | undefined) => string;
  /** A planned torg: no opening hours yet. */
  planned: (place: string) => string;
  /** An open torg (or service) without opening hours. */
  noHours: (place: string) => string;
  /** `GET /torg/{id}` answered 404. */
  unknownTorg: (id: string) => string;
  /** The `service` attribute names no service of this torg; the torg's own hours are shown. */
  unknownService: (id: string) => string;
}
