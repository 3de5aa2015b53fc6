/** Stedskompass: `POST /stedskompass/responses`, `GET /stedskompass/results`. */
import * as v from 'valibot';
import { AGE_GROUPS, THEMES } from '../ids.js';
import { object, Text, NonEmptyText, Count } from './base.js';

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
