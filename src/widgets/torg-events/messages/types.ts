/** The texts of `<torg-events>`, in every language. */
export interface EventsMessages {
  /** Name of the widget's region. */
  label: string;
  /** The view switch's group and buttons. */
  view: string;
  list: string;
  month: string;
  /** The filters: group, labels and the "no filter" options. */
  filters: string;
  category: string;
  audience: string;
  torg: string;
  anyCategory: string;
  anyAudience: string;
  anyTorg: string;
  /** Readable names of well-known category ids (others are shown as sent). */
  categories: Record<string, string>;
  /** Readable names of the audiences. */
  audiences: Record<'barn' | 'ungdom' | 'voksne' | 'senior' | 'alle', string>;
  /** "For barn og ungdom". */
  forAudience: (names: string) => string;
  /** The list's heading: the dates shown. */
  range: (from: string, to: string) => string;
  /** The button that extends the list. */
  more: (days: number) => string;
  /** Empty list / empty month. */
  emptyRange: (from: string, to: string) => string;
  emptyMonth: (month: string) => string;
  /** Added to an empty state when filters are on; `options` names the filters' first options («Alle kategorier»). */
  emptyFiltered: (options: string[]) => string;
  /** How many events a filter or a page shows (read out). */
  count: (n: number) => string;
  allDay: string;
  /** A multi-day event on its first and last day. */
  from: (time: string) => string;
  until: (time: string) => string;
  cancelled: string;
  free: string;
  register: string;
  moreInfo: string;
  organizer: string;
  address: string;
  addToCalendar: string;
  addSeries: string;
  /** A repeating event whose rule the widget cannot expand: shown on its first date only. */
  repeatsElsewhere: string;
  /** Month view: navigation, week column, today, "+3 flere", a day's heading and hints. */
  previous: string;
  next: string;
  today: string;
  todayMark: string;
  week: string;
  moreOnDay: (n: number) => string;
  pickDay: string;
  noneOnDay: string;
  /** The `src` attribute is not a usable address. */
  badSrc: (value: string) => string;
}

/** What only the month grid says (`parts/month.ts`): its bokmål comes with it (`nb-month.ts`, `month.ts`). */
type MonthKey = 'previous' | 'next' | 'today' | 'todayMark' | 'week' | 'moreOnDay' | 'pickDay' | 'noneOnDay';

/** The texts of the list, the toolbar and what the element says: `eventsCatalog`. */
export type EventsFirstMessages = Omit<EventsMessages, MonthKey>;

/** The month grid's own texts. */
export type EventsMonthMessages = Pick<EventsMessages, MonthKey>;
