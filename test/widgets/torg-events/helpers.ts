/** Helpers for the `<torg-events>` tests. */
import type { TorgEvent } from '../../../src/contract/schemas.js';
import type { TorgEvents } from '../../../src/widgets/torg-events/torg-events.js';
import { $, $$, settle, textOf } from '../../helpers/env.js';

export type { TorgEvents };

/** An event with the required fields; times are RFC 3339. */
export function event(overrides: Partial<TorgEvent> & { id: string; start: string }): TorgEvent {
  return { title: `Arrangement ${overrides.id}`, categories: ['kultur'], ...overrides };
}

/** The list's day headings, in order. */
export function dayHeadings(el: Element): string[] {
  return $$(el, '[part~="day-heading"]').map((h) => textOf(h));
}

/** The events listed under a day heading (its title buttons' text). */
export function titlesOn(el: Element, heading: string): string[] {
  const h = $$(el, '[part~="day-heading"]').find((x) => textOf(x) === heading);
  const list = h?.nextElementSibling;
  return list ? [...list.querySelectorAll('[part~="event-toggle"]')].map((b) => textOf(b)) : [];
}

/** The event entries (`li`) whose title contains `title`. */
export function entries(el: Element, title: string): HTMLElement[] {
  return $$(el, '[part~="event"]').filter((li) => textOf(li.querySelector('.name')).includes(title));
}

/** A filter control by its visible label. */
export function filter(el: Element, label: string): HTMLSelectElement {
  const found = $$<HTMLLabelElement>(el, 'label').find(
    (l) =>
      [...l.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())?.textContent!.trim() ===
      label,
  );
  const select = found?.querySelector('select');
  if (!select) throw new Error(`No filter labelled ${label}`);
  return select;
}

/** Chooses an option of a filter as a person would, then waits for the widget. */
export async function choose(el: TorgEvents, label: string, value: string): Promise<void> {
  const select = filter(el, label);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Clicks a button inside the widget by its visible text and waits. */
export async function click(el: TorgEvents, text: string): Promise<void> {
  const button = $$<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === text);
  if (!button) throw new Error(`No button "${text}"`);
  button.click();
  await settle(el);
}

/** The polite live region's text. */
export function announced(el: Element): string {
  return textOf($(el, '[role="status"][aria-live="polite"]'));
}

/** The decoded text of an `.ics` data URL. */
export function icsText(href: string): string {
  const prefix = 'data:text/calendar;charset=utf-8,';
  if (!href.startsWith(prefix)) throw new Error(`Not an iCalendar data URL: ${href.slice(0, 40)}`);
  return decodeURIComponent(href.slice(prefix.length));
}
