/** Helpers for the `<torg-tilskudd>` tests: render, read the sums and the grants, fill in the form. */
import { html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/widgets/torg-tilskudd/define.js';
import type { TorgTilskudd } from '../../../src/widgets/torg-tilskudd/torg-tilskudd.js';
import { $, $$, settle, textOf, waitFor, type TestEnv } from '../../helpers/env.js';

export type { TorgTilskudd };

/** The fixed clock: the example funds and meetings are placed around this day (mocks/fixtures/funds.ts). */
export const NOW = '2026-12-03T10:00:00+01:00';

/** Tofte's draft key (`applicationKey('tofte-lsu')`). */
export const TOFTE_DRAFT = 'torg-tilskudd:v1:tofte-lsu';

export function renderFunds(env: TestEnv, template?: TemplateResult): Promise<TorgTilskudd> {
  return env.render<TorgTilskudd>(template ?? html`<torg-tilskudd committee="tofte-lsu"></torg-tilskudd>`);
}

/** The three sums as shown: label → amount. */
export function sums(el: TorgTilskudd): Record<string, string> {
  return Object.fromEntries(
    $$(el, '[part="sums"] dl > div').map((row) => [textOf(row.querySelector('dt')), textOf(row.querySelector('dd'))]),
  );
}

/** The grants' rows as shown: [recipient, purpose, amount, decided]. */
export function grantRows(el: TorgTilskudd): string[][] {
  return $$(el, '[part="grants"] tbody tr').map((row) => [...row.children].map((cell) => textOf(cell)));
}

/** Opens the application form ("Skriv en søknad") and waits for it. */
export async function openForm(el: TorgTilskudd): Promise<void> {
  const button = $$<HTMLButtonElement>(el, '[part="apply"] button').find((b) => textOf(b) === 'Skriv en søknad');
  if (!button) throw new Error(`no "Skriv en søknad" in: ${textOf($(el, '[part="apply"]'))}`);
  button.click();
  await waitFor(() => $(el, '[part="form"]'), 'the application form');
  await settle(el);
}

/** Types into a field the way a person does (an `input` event per change). */
export function type(el: TorgTilskudd, id: string, value: string): void {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);
  if (!input) throw new Error(`no #${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function tick(el: TorgTilskudd, id = 'f-consent'): void {
  const box = $<HTMLInputElement>(el, `#${id}`)!;
  box.checked = true;
  box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** A whole application: who, what for, the amount, one budget line, the consent. */
export async function fillIn(el: TorgTilskudd, amount = '18 500'): Promise<void> {
  type(el, 'f-applicant', 'Kari Nordmann');
  type(el, 'f-organisation', 'Tofte vel');
  type(el, 'f-email', 'kari@eksempel.no');
  type(el, 'f-title', 'Benker ved badeplassen');
  type(el, 'f-description', 'To benker og et bord ved badeplassen i Tofte.');
  type(el, 'f-amount', amount);
  tick(el);
  await el.updateComplete;
}

export function submitButton(el: TorgTilskudd): HTMLButtonElement {
  return $<HTMLButtonElement>(el, '[part="submit"]')!;
}

/** Sends and waits until the confirmation is shown. */
export async function sendAndWait(el: TorgTilskudd): Promise<void> {
  submitButton(el).click();
  await waitFor(
    () => $(el, '[part="received"]'),
    () => `the confirmation (it shows: "${textOf($(el, '.application, [part="received"]')).slice(0, 200)}")`,
  );
}
