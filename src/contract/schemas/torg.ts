/** The torg (innbyggertorg) and their opening hours: `GET /torg`, `GET /torg/{id}`. */
import * as v from 'valibot';
import { object, Text, NonEmptyText, DateSchema, ClockSchema, ImageSchema } from './base.js';

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

/** A WGS84 position in decimal degrees. */
export const LocationSchema = object({
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
});

export const TorgSchema = object({
  id: NonEmptyText,
  name: Text,
  status: v.picklist(['open', 'planned']),
  address: object({ street: Text, postalCode: Text, city: Text }),
  location: LocationSchema,
  services: v.array(ServiceSchema),
  openingHours: v.optional(OpeningHoursSchema),
  phone: v.optional(Text),
  email: v.optional(Text),
  url: v.optional(Text),
  image: v.optional(ImageSchema),
  accessibility: v.optional(Text),
});
