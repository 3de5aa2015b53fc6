/**
 * Enumerations of the API contract that pure code needs without the
 * validators (api.md): the 14 stedskompass themes and the age groups.
 * Defined once here; the schemas and the domain take them from here.
 */

/** The 14 Place Standard themes, in the order of the survey and the compass (clockwise from the top). */
export const THEMES = [
  'moving-around',
  'public-transport',
  'traffic-parking',
  'streets-spaces',
  'natural-space',
  'play-recreation',
  'facilities-services',
  'work-economy',
  'housing-community',
  'social-interaction',
  'identity-belonging',
  'feeling-safe',
  'care-maintenance',
  'influence-control',
] as const;

/** A theme's id (the API's `ThemeId`). */
export type ThemeId = (typeof THEMES)[number];

/** The survey's age groups (`ageGroup`). */
export const AGE_GROUPS = ['under-20', '20-39', '40-66', '67+'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
