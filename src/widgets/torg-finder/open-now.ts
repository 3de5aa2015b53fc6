// TEMPORARY STUB until widget/torg-opening-hours is merged (replaced by re-exports of the engine).
import type { Locale } from '../../core/config.js';
import { createCatalog } from '../../core/i18n.js';
import type { OpeningHours } from '../../core/schemas.js';

export interface OpeningState {
  at: number;
  open: boolean;
  closesAt?: number;
  opensAt?: number;
  nextChange?: number;
  unknown?: boolean;
}
export interface StatusLine {
  tone: 'open' | 'closed' | 'unknown';
  label: string;
  detail?: string;
}
type M = { unknown: string };
export const openingHoursCatalog = createCatalog<M>(
  { unknown: '?' },
  { nn: async () => ({ default: { unknown: '?' } }), en: async () => ({ default: { unknown: '?' } }) },
);
export function openingState(_hours: OpeningHours | null | undefined, at: number): OpeningState {
  return { at, open: false, unknown: true };
}
export function statusLine(_state: OpeningState, m: M, _locale: Locale): StatusLine {
  return { tone: 'unknown', label: m.unknown };
}
