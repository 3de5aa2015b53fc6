/** Helpers shared by the `<torg-finder>` tests. */
import { html, type TemplateResult } from 'lit';
import '../../../src/widgets/torg-finder/define.js';
import type { TorgFinder } from '../../../src/widgets/torg-finder/torg-finder.js';
import { $, $$, textOf, waitFor, type TestEnv } from '../../helpers/env.js';

export type { TorgFinder };

/** Renders a finder (with the template's attributes) and waits until its list is shown. */
export async function renderFinder(
  env: TestEnv,
  template: TemplateResult = html`<torg-finder></torg-finder>`,
): Promise<TorgFinder> {
  return env.render<TorgFinder>(template);
}

/** The names in the list, in order. */
export function names(el: TorgFinder): string[] {
  return $$(el, '[part~="select"]').map((b) => textOf(b));
}

/** The list entry of a torg. */
export function item(el: TorgFinder, torgId: string): HTMLElement {
  const found = $(el, `[data-torg="${torgId}"]`);
  if (!found) throw new Error(`no entry for ${torgId}`);
  return found;
}

/** Types into the search field the way a user does (one input event). */
export async function search(el: TorgFinder, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '[part~="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The service checkbox with this id. */
export function serviceBox(el: TorgFinder, id: string): HTMLInputElement {
  const box = $$<HTMLInputElement>(el, '[part~="services"] input').find((i) => i.value === id);
  if (!box) throw new Error(`no checkbox for ${id}`);
  return box;
}

export async function toggle(el: TorgFinder, box: HTMLInputElement): Promise<void> {
  box.click();
  await el.updateComplete;
}

/** What the polite live region says (once it says something matching). */
export async function spoken(el: TorgFinder, pattern: RegExp): Promise<string> {
  const region = $(el, '[role="status"][aria-live="polite"]')!;
  await waitFor(() => pattern.test(textOf(region)), `the live region to say ${pattern}`);
  return textOf(region);
}

type Answer =
  | { position: { lat: number; lon: number } }
  | { error: 1 | 2 | 3 }
  /** Never calls back (a prompt nobody answers). */
  | { silent: true };

export interface FakeGeolocation {
  /** How many times the widget asked. */
  readonly calls: number;
  /** The options of the last call. */
  readonly options: PositionOptions | undefined;
  restore(): void;
}

/** Replaces `navigator.geolocation` (`undefined` for a device without it). */
export function fakeGeolocation(answer: Answer | undefined): FakeGeolocation {
  let calls = 0;
  let options: PositionOptions | undefined;
  const value =
    answer === undefined
      ? undefined
      : {
          getCurrentPosition(ok: PositionCallback, fail?: PositionErrorCallback | null, opts?: PositionOptions) {
            calls++;
            options = opts;
            setTimeout(() => {
              if ('position' in answer) {
                const coords = { latitude: answer.position.lat, longitude: answer.position.lon, accuracy: 20 };
                ok({ coords, timestamp: Date.now() } as unknown as GeolocationPosition);
              } else if ('error' in answer) {
                fail?.({ code: answer.error, message: 'fake' } as GeolocationPositionError);
              }
            }, 20);
          },
        };
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value });
  return {
    get calls() {
      return calls;
    },
    get options() {
      return options;
    },
    restore() {
      delete (navigator as unknown as Record<string, unknown>).geolocation;
    },
  };
}

/** A 1×1 transparent PNG, for mocked map tiles. */
export const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);
