/**
 * The municipal API's data, as runtime schemas (valibot).
 *
 * One source of truth: the TypeScript types below are inferred from these
 * schemas, the client validates every response with them, and
 * `npm run openapi` turns them into `openapi.json`. Each schema is its own
 * export so a widget's bundle only carries the schemas it reads.
 *
 * Unknown extra fields are accepted and dropped (the contract allows the API
 * to add optional fields); enumerations, formats and required fields are
 * checked.
 */
import * as v from 'valibot';
import { AGE_GROUPS, THEMES } from './ids.js';

// --- formats ----------------------------------------------------------------

const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** RFC 3339 date-time with an offset (`Z`, `+01:00`, …); seconds optional. */
const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$/;
const CLOCK_PATTERN = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `YYYY-MM-DD`, a real calendar date. */
export const DateSchema = v.pipe(
  v.string(),
  v.regex(DATE_PATTERN, 'Expected a YYYY-MM-DD date'),
  v.check(isRealDate, 'Expected a calendar date'),
  v.metadata({ format: 'date' }),
);

/** RFC 3339 date-time with offset. */
export const DateTimeSchema = v.pipe(
  v.string(),
  v.regex(DATE_TIME_PATTERN, 'Expected an RFC 3339 date-time with offset'),
  v.check(
    (s) => isRealDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s.replace(' ', 'T'))),
    'Expected a real date-time',
  ),
  v.metadata({ format: 'date-time' }),
);

/** `HH:MM`, 24-hour clock; `24:00` allowed as a closing time. */
export const ClockSchema = v.pipe(v.string(), v.regex(CLOCK_PATTERN, 'Expected HH:MM'));

/**
 * `v.object` with entries that have no prototype: valibot walks the entries
 * with `for…in`, which would also visit whatever a host page put on
 * `Object.prototype` (an enumerable `extend` function made every answer
 * "invalid data").
 */
function object<const E extends v.ObjectEntries>(entries: E): v.ObjectSchema<E, undefined> {
  return v.object(Object.assign(Object.create(null) as E, entries));
}

const Text = v.string();
const NonEmptyText = v.pipe(v.string(), v.minLength(1));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ImageSchema = object({ url: Text, alt: Text });

// --- torg and opening hours -------------------------------------------------

export const WEEKDAY_IDS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

export const WeeklyIntervalSchema = object({
  day: v.picklist(WEEKDAY_IDS),
  opens: ClockSchema,
  closes: ClockSchema,
});

export const IntervalSchema = object({ opens: ClockSchema, closes: ClockSchema });

export const OpeningHoursSchema = object({
  timeZone: v.literal('Europe/Oslo'),
  weekly: v.array(WeeklyIntervalSchema),
  publicHolidays: v.picklist(['closed', 'regular']),
  exceptions: v.optional(
    v.array(
      object({
        date: DateSchema,
        closed: v.optional(v.boolean()),
        intervals: v.optional(v.array(IntervalSchema)),
        note: v.optional(Text),
      }),
    ),
  ),
  seasons: v.optional(
    v.array(
      object({
        from: DateSchema,
        to: DateSchema,
        name: v.optional(Text),
        weekly: v.array(WeeklyIntervalSchema),
      }),
    ),
  ),
});

export const ServiceSchema = object({
  id: NonEmptyText,
  name: Text,
  openingHours: v.optional(OpeningHoursSchema),
  note: v.optional(Text),
});

export const TorgSchema = object({
  id: NonEmptyText,
  name: Text,
  status: v.picklist(['open', 'planned']),
  address: object({ street: Text, postalCode: Text, city: Text }),
  location: object({
    lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
    lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  }),
  services: v.array(ServiceSchema),
  openingHours: v.optional(OpeningHoursSchema),
  phone: v.optional(Text),
  email: v.optional(Text),
  url: v.optional(Text),
  image: v.optional(ImageSchema),
  accessibility: v.optional(Text),
});

// --- events -------------------------------------------------------------------

export const AUDIENCE_IDS = ['barn', 'ungdom', 'voksne', 'senior', 'alle'] as const;

export const EventSchema = object({
  id: NonEmptyText,
  title: Text,
  description: v.optional(Text),
  start: DateTimeSchema,
  end: v.optional(DateTimeSchema),
  allDay: v.optional(v.boolean()),
  torgId: v.optional(Text),
  location: v.optional(object({ name: Text, address: v.optional(Text) })),
  categories: v.array(Text),
  audience: v.optional(v.array(v.picklist(AUDIENCE_IDS))),
  organizer: v.optional(object({ name: Text, url: v.optional(Text) })),
  price: v.nullish(Text),
  registrationUrl: v.optional(Text),
  url: v.optional(Text),
  cancelled: v.optional(v.boolean()),
  rrule: v.optional(Text),
  exdates: v.optional(v.array(DateTimeSchema)),
  image: v.optional(ImageSchema),
});

// --- committees -----------------------------------------------------------------

export const SEAT_IDS = ['ungdom', 'velforening', 'naeringsliv', 'frivillighet', 'uavhengig'] as const;
export const ROLE_IDS = ['leder', 'nestleder', 'medlem', 'varamedlem'] as const;
export const GENDER_IDS = ['kvinne', 'mann', 'annet'] as const;

export const CommitteeSummarySchema = object({
  id: NonEmptyText,
  name: Text,
  torgId: v.optional(Text),
});

export const CompositionRulesSchema = object({
  seats: v.array(
    object({
      seat: NonEmptyText,
      min: Count,
      maxAgeExclusive: v.optional(v.pipe(v.number(), v.minValue(0))),
    }),
  ),
  genderBalance: v.boolean(),
});

export const MemberSchema = object({
  id: NonEmptyText,
  name: Text,
  role: v.picklist(ROLE_IDS),
  seat: v.picklist(SEAT_IDS),
  organisation: v.optional(Text),
  birthDate: v.optional(DateSchema),
  youth: v.optional(v.boolean()),
  gender: v.optional(v.picklist(GENDER_IDS)),
  from: v.optional(DateSchema),
  to: v.optional(DateSchema),
  email: v.optional(Text),
  photo: v.optional(ImageSchema),
});

export const CommitteeSchema = object({
  id: NonEmptyText,
  name: Text,
  torgId: v.optional(Text),
  term: object({ from: DateSchema, to: DateSchema }),
  legalBasis: v.optional(Text),
  secretariat: v.optional(object({ name: Text, email: v.optional(Text), phone: v.optional(Text) })),
  members: v.array(MemberSchema),
  rules: v.optional(CompositionRulesSchema),
});

// --- meetings -------------------------------------------------------------------

export const DocumentSchema = object({
  title: Text,
  url: Text,
  mediaType: v.optional(Text),
  size: v.optional(Count),
});

export const AgendaItemSchema = object({
  id: NonEmptyText,
  number: Text,
  kind: v.picklist(['PS', 'RS', 'orientering', 'eventuelt']),
  title: Text,
  closed: v.optional(v.boolean()),
  exemption: v.optional(Text),
  documents: v.optional(v.array(DocumentSchema)),
  decision: v.optional(Text),
});

export const MeetingSchema = object({
  id: NonEmptyText,
  committeeId: Text,
  title: Text,
  start: DateTimeSchema,
  end: v.optional(DateTimeSchema),
  status: v.picklist(['planlagt', 'avlyst', 'gjennomfort']),
  location: object({ name: Text, address: v.optional(Text), torgId: v.optional(Text) }),
  digitalUrl: v.optional(Text),
  agenda: v.optional(v.array(AgendaItemSchema)),
  documents: v.optional(v.array(DocumentSchema)),
  minutes: v.optional(DocumentSchema),
});

// --- stedskompass ---------------------------------------------------------------

export const ThemeIdSchema = v.picklist(THEMES);

export const StedskompassAnswerSchema = object({
  theme: ThemeIdSchema,
  score: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7)),
  good: v.optional(Text),
  improve: v.optional(Text),
});

export const StedskompassResponseSchema = object({
  area: NonEmptyText,
  answers: v.pipe(v.array(StedskompassAnswerSchema), v.minLength(1)),
  ageGroup: v.optional(v.picklist(AGE_GROUPS)),
});

export const CreatedSchema = object({ id: NonEmptyText });

export const StedskompassResultsSchema = object({
  area: Text,
  responses: Count,
  themes: v.array(
    object({
      theme: ThemeIdSchema,
      mean: v.pipe(v.number(), v.minValue(1), v.maxValue(7)),
      n: Count,
    }),
  ),
});

// --- booking ------------------------------------------------------------------

export const RESOURCE_KINDS = ['rom', 'veiledning', 'digitalt-mote'] as const;

export const ResourceSchema = object({
  id: NonEmptyText,
  torgId: Text,
  name: Text,
  kind: v.picklist(RESOURCE_KINDS),
  description: v.optional(Text),
  capacity: v.optional(v.pipe(Count, v.minValue(1))),
  slotMinutes: v.pipe(Count, v.minValue(1)),
  maxDaysAhead: Count,
  requiresApproval: v.optional(v.boolean()),
});

export const SlotSchema = object({
  start: DateTimeSchema,
  end: DateTimeSchema,
  available: v.boolean(),
});

export const AvailabilitySchema = object({ slots: v.array(SlotSchema) });

export const BookingRequestSchema = object({
  resourceId: NonEmptyText,
  start: DateTimeSchema,
  end: DateTimeSchema,
  name: NonEmptyText,
  email: NonEmptyText,
  phone: v.optional(Text),
  organisation: v.optional(Text),
  purpose: v.optional(Text),
  attendees: v.optional(v.pipe(Count, v.minValue(1))),
  consent: v.literal(true),
});

export const BookingSchema = object({
  id: NonEmptyText,
  status: v.picklist(['confirmed', 'pending']),
  cancelUrl: v.optional(Text),
});

// --- committee funds and citizens' proposals (v1.1) ---------------------------

/** An amount in Norwegian kroner (may have øre). */
const Kroner = v.pipe(v.number(), v.finite(), v.minValue(0));
const Year = v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(9999));

export const GrantSchema = v.object({
  id: NonEmptyText,
  recipient: Text,
  purpose: Text,
  amount: Kroner,
  decided: DateSchema,
  /** The meeting where it was decided (a `Meeting` id). */
  meetingId: v.optional(Text),
  /** The case number in the meeting's agenda, e.g. "12/26". */
  caseNumber: v.optional(Text),
});

export const GuidelinesSchema = v.object({ title: Text, url: Text, adopted: v.optional(DateSchema) });

export const FundsSchema = v.object({
  committeeId: Text,
  year: Year,
  currency: v.literal('NOK'),
  /** Granted to the committee in the municipal budget. */
  budget: Kroner,
  /** The sum of the grants decided so far. */
  allocated: Kroner,
  guidelines: v.optional(GuidelinesSchema),
  criteria: v.optional(v.array(Text)),
  applicationsOpen: v.boolean(),
  /** The last day to apply (inclusive). */
  deadline: v.optional(DateSchema),
  grants: v.array(GrantSchema),
  /** Added to the contract: the years the API has funds for (the year switch offers them). */
  years: v.optional(v.array(Year)),
  /** Added to the contract: applications received for this year and not decided yet. */
  applications: v.optional(Count),
});

export const BudgetLineSchema = v.object({ item: NonEmptyText, amount: Kroner });

export const ApplicationRequestSchema = v.object({
  applicant: NonEmptyText,
  organisation: v.optional(Text),
  email: NonEmptyText,
  phone: v.optional(Text),
  title: NonEmptyText,
  description: NonEmptyText,
  amount: v.pipe(Kroner, v.minValue(1)),
  budget: v.optional(v.array(BudgetLineSchema)),
  consent: v.literal(true),
});

export const ProposalRequestSchema = v.object({
  title: NonEmptyText,
  description: NonEmptyText,
  name: v.optional(Text),
  email: v.optional(Text),
  place: v.optional(Text),
  consent: v.literal(true),
});

/** The answer to an application or a proposal: stored, to be dealt with. */
export const ReceivedSchema = v.object({ id: NonEmptyText, status: v.literal('received') });

// --- errors ---------------------------------------------------------------------

export const ProblemSchema = object({
  type: v.optional(Text),
  title: v.optional(Text),
  status: v.optional(v.number()),
  detail: v.optional(Text),
  instance: v.optional(Text),
  errors: v.optional(v.array(object({ field: Text, message: Text }))),
});

/** The collection wrapper `{ items: [...] }`; items are checked one by one. */
export const CollectionSchema = object({ items: v.array(v.unknown()) });

// --- types ------------------------------------------------------------------------

export type OpeningHours = v.InferOutput<typeof OpeningHoursSchema>;
export type WeeklyInterval = v.InferOutput<typeof WeeklyIntervalSchema>;
export type Weekday = (typeof WEEKDAY_IDS)[number];
export type Service = v.InferOutput<typeof ServiceSchema>;
export type Torg = v.InferOutput<typeof TorgSchema>;
export type TorgEvent = v.InferOutput<typeof EventSchema>;
export type Audience = (typeof AUDIENCE_IDS)[number];
export type CommitteeSummary = v.InferOutput<typeof CommitteeSummarySchema>;
export type Committee = v.InferOutput<typeof CommitteeSchema>;
export type Member = v.InferOutput<typeof MemberSchema>;
export type Seat = (typeof SEAT_IDS)[number];
export type Role = (typeof ROLE_IDS)[number];
export type Gender = (typeof GENDER_IDS)[number];
export type CompositionRules = v.InferOutput<typeof CompositionRulesSchema>;
export type Meeting = v.InferOutput<typeof MeetingSchema>;
export type AgendaItem = v.InferOutput<typeof AgendaItemSchema>;
export type MeetingDocument = v.InferOutput<typeof DocumentSchema>;
export type StedskompassAnswer = v.InferOutput<typeof StedskompassAnswerSchema>;
export type StedskompassResponse = v.InferOutput<typeof StedskompassResponseSchema>;
export type StedskompassResults = v.InferOutput<typeof StedskompassResultsSchema>;
export type Resource = v.InferOutput<typeof ResourceSchema>;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export type Slot = v.InferOutput<typeof SlotSchema>;
export type Availability = v.InferOutput<typeof AvailabilitySchema>;
export type BookingRequest = v.InferOutput<typeof BookingRequestSchema>;
export type Booking = v.InferOutput<typeof BookingSchema>;
export type Problem = v.InferOutput<typeof ProblemSchema>;
export type Grant = v.InferOutput<typeof GrantSchema>;
export type Guidelines = v.InferOutput<typeof GuidelinesSchema>;
export type Funds = v.InferOutput<typeof FundsSchema>;
export type BudgetLine = v.InferOutput<typeof BudgetLineSchema>;
export type ApplicationRequest = v.InferOutput<typeof ApplicationRequestSchema>;
export type ProposalRequest = v.InferOutput<typeof ProposalRequestSchema>;
export type Received = v.InferOutput<typeof ReceivedSchema>;
