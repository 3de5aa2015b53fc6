import type { HolidayNames } from '../../../domain/holidays.js';

/**
 * The texts of the open/closed status line ("Åpent nå · stenger kl. 15.30"),
 * shared by `<torg-opening-hours>` and `<torg-finder>`, in every language.
 * Times arrive formatted ("08.00" / "08:00"), dates too ("tirsdag 30. mars").
 */
export interface OpeningStatusMessages {
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
}
