/**
 * Walking `<torg-booking>` through its steps in tests: by clicks (fast, for
 * tests about a later step) or by keyboard (for the keyboard test itself).
 */
import { sendKeys } from '@web/test-runner-commands';
import { availabilityFixture } from '../../../mocks/fixtures/resources.js';
import { db } from '../../../mocks/db.js';
import type { Slot } from '../../../src/contract/schemas.js';
import { addDays, osloDate } from '../../../src/domain/oslo-time.js';
import type { TorgBooking } from '../../../src/widgets/torg-booking/torg-booking.js';
import { $, $$, settle, textOf, waitFor } from '../../helpers/env.js';

export const NOW = '2026-12-03T10:00:00+01:00';

/** The element that has focus inside the widget. */
export function active(el: TorgBooking): Element | null {
  return el.shadowRoot?.activeElement ?? null;
}

/** The current step's heading text ("Steg 2 av 5 Velg dag"). */
export function heading(el: TorgBooking): string {
  return textOf($(el, '#heading'));
}

/** Waits until the step heading matches. */
export async function untilStep(el: TorgBooking, title: RegExp | string): Promise<void> {
  const matches = (): boolean => (typeof title === 'string' ? heading(el).includes(title) : title.test(heading(el)));
  await waitFor(matches, `the step "${String(title)}" (now: "${heading(el)}")`);
  await settle(el);
}

/** A button in the widget by its text (whitespace collapsed). */
export function button(el: TorgBooking, text: string | RegExp, selector = 'button'): HTMLButtonElement | undefined {
  return $$<HTMLButtonElement>(el, selector).find((b) =>
    typeof text === 'string' ? textOf(b) === text : text.test(textOf(b)),
  );
}

export async function click(el: TorgBooking, target: Element | null | undefined, what: string): Promise<void> {
  if (!target) throw new Error(`Not found: ${what}`);
  (target as HTMLElement).click();
  await el.updateComplete;
  await settle(el);
}

/** The days of the shown month that can be chosen. */
export function freeDayCells(el: TorgBooking): HTMLElement[] {
  return $$<HTMLElement>(el, '[role="gridcell"]:not(.outside)').filter((c) => !c.hasAttribute('aria-disabled'));
}

export async function chooseResource(el: TorgBooking, name: string): Promise<void> {
  await click(el, button(el, name, '[part~="resource"]'), `the resource ${name}`);
  await untilStep(el, 'Velg dag');
}

/** Chooses the first free day of the month; returns its date. */
export async function chooseFirstDay(el: TorgBooking): Promise<string> {
  const cell = freeDayCells(el)[0];
  const date = cell?.dataset.date ?? '';
  await click(el, cell, 'a free day');
  await untilStep(el, 'Velg tid');
  return date;
}

export async function chooseFirstSlot(el: TorgBooking): Promise<string> {
  const slot = $(el, '[part~="slot"]');
  const name = textOf(slot);
  await click(el, slot, 'a free time');
  return name;
}

/** Types into the details form like a person (input events). */
export function fill(el: TorgBooking, values: Record<string, string | boolean>): void {
  for (const [name, value] of Object.entries(values)) {
    const input = $<HTMLInputElement>(el, `[name="${name}"]`);
    if (!input) throw new Error(`No field ${name}`);
    if (typeof value === 'boolean') {
      input.checked = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
}

/** From the day step to the details of the first free time of the first free day. */
export async function toDetails(el: TorgBooking): Promise<void> {
  await untilStep(el, 'Velg dag');
  await chooseFirstDay(el);
  await chooseFirstSlot(el);
  await untilStep(el, 'Dine opplysninger');
}

export const KARI = { name: 'Kari Nordmann', email: 'kari@eksempel.no', consent: true };

/** From a rendered widget to the review of the first free time of the first free day. */
export async function toReview(
  el: TorgBooking,
  details: Record<string, string | boolean> = KARI,
  resource?: string,
): Promise<{ date: string; slot: string }> {
  if (resource) await chooseResource(el, resource);
  await untilStep(el, 'Velg dag');
  const date = await chooseFirstDay(el);
  const slot = await chooseFirstSlot(el);
  await untilStep(el, 'Dine opplysninger');
  fill(el, details);
  await click(el, $<HTMLElement>(el, 'button[type="submit"]'), 'Gå videre');
  await untilStep(el, 'Se over og bekreft');
  return { date, slot };
}

export async function confirm(el: TorgBooking): Promise<void> {
  await click(el, $<HTMLElement>(el, '[part~="confirm"]'), 'the confirm button');
}

/** Presses Tab until `predicate` holds for the focused element (at most `max` presses). */
export async function tabTo(el: TorgBooking, predicate: (focused: Element) => boolean, max = 25): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const focused = active(el);
    if (focused && predicate(focused)) return focused;
  }
  throw new Error(`Tab did not reach the element (last: ${active(el)?.outerHTML.slice(0, 80)})`);
}

/** The free slots the mock gives for a resource on a date (from its fixture, as the test's "now" sees them). */
export function fixtureFreeSlots(resourceId: string, date: string): Slot[] {
  const resource = db().resources.find((r) => r.id === resourceId)!;
  return availabilityFixture(resource, date, addDays(date, 1), osloDate(Date.now()), db().bookedSlots).filter(
    (s) => s.available,
  );
}
