import type { HolidayNames } from '../../../domain/holidays.js';

/**
 * The texts of `<torg-opening-hours>` (and of the open/closed status line
 * `<torg-finder>` shares through `statusText()`), in every language.
 * Times arrive formatted ("08.00" / "08:00"), dates too ("tirsdag 30. mars").
 */
export interface OpeningHoursMessages {
  /** "Åpent nå". */
  open: string;
  /** "Stengt" (the status and a closed day in the week). */
  closed: string;
  /** "stenger kl. 15.30" — `when` comes from `today`, `tomorrow` or `onDate`. */
  closes: (when: string) => string;
  /** "åpner i morgen kl. 08.00". */
  opens: (when: string) => string;
  /** A time today: "kl. 15.30". */
  today: (time: string) => string;
  /** A time tomorrow: "i morgen kl. 08.00". */
  tomorrow: (time: string) => string;
  /** A time on a later date: "tirsdag 30. mars kl. 08.00". */
  onDate: (date: string, time: string) => string;
  /** Open with no closing within a year. */
  aroundTheClock: string;
  /** Closed with no opening known within a year. */
  noOpening: string;
  /** There are no opening hours to go by. */
  unknown: string;
  /** Names of the public holidays. */
  holidays: HolidayNames;

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
