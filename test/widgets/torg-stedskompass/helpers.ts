/**
 * Helpers for the `<torg-stedskompass>` tests: what a person does (answer a
 * theme, type a text, send) and what they see.
 */
import { html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { TemplateResult } from 'lit';
import { draftKey, serializeDraft, type Draft } from '../../../src/domain/stedskompass.js';
import '../../../src/widgets/torg-stedskompass/define.js';
import type { TorgStedskompass } from '../../../src/widgets/torg-stedskompass/torg-stedskompass.js';
import { $, $$, settle, textOf, waitFor, type TestEnv } from '../../helpers/env.js';

export type { TorgStedskompass };

export const AREA = 'tofte';

/** The survey for the example area, rendered and loaded. */
export function renderSurvey(env: TestEnv, template?: TemplateResult): Promise<TorgStedskompass> {
  return env.render<TorgStedskompass>(template ?? html`<torg-stedskompass area=${AREA}></torg-stedskompass>`);
}

export function storeDraft(draft: Draft, area = AREA): void {
  localStorage.setItem(draftKey(area), serializeDraft(draft));
}

export function storedDraft(area = AREA): unknown {
  const text = localStorage.getItem(draftKey(area));
  return text === null ? null : JSON.parse(text);
}

export function radio(el: TorgStedskompass, theme: string, value: number | 'skip'): HTMLInputElement {
  const input = $<HTMLInputElement>(el, `input[name="score:${theme}"][value="${value}"]`);
  if (!input) throw new Error(`no radio ${value} for ${theme}`);
  return input;
}

/** Chooses a score (or "don't know") with a click, the way a person does. */
export async function answer(el: TorgStedskompass, theme: string, value: number | 'skip'): Promise<void> {
  radio(el, theme, value).click();
  await el.updateComplete;
}

export function textarea(el: TorgStedskompass, field: 'good' | 'improve', theme: string): HTMLTextAreaElement {
  const input = $<HTMLTextAreaElement>(el, `#${field}-${theme}`);
  if (!input) throw new Error(`no ${field} field for ${theme}`);
  return input;
}

/** Writes a text into a theme's field (as typing or pasting would: an input event). */
export async function write(
  el: TorgStedskompass,
  field: 'good' | 'improve',
  theme: string,
  text: string,
): Promise<void> {
  const input = textarea(el, field, theme);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export function submitButton(el: TorgStedskompass): HTMLButtonElement {
  return $<HTMLButtonElement>(el, '[part="submit"]')!;
}

export async function send(el: TorgStedskompass): Promise<void> {
  submitButton(el).click();
  await el.updateComplete;
}

export function progressText(el: TorgStedskompass): string {
  return textOf($(el, '#progress'));
}

/** The polite live region's text. */
export function spoken(el: TorgStedskompass): string {
  return textOf($(el, '[role="status"][aria-live="polite"]'));
}

export async function waitForText(el: TorgStedskompass, text: string, what = text): Promise<void> {
  await waitFor(() => textOf(el).includes(text), `"${what}" in <torg-stedskompass>`);
}

/** Waits for the thanks and the compass after a successful submit. */
export async function waitForThanks(el: TorgStedskompass): Promise<void> {
  await waitFor(() => $(el, '[part="thanks"]'), 'the thanks');
  await waitFor(() => $(el, '[part="table"]'), 'the results table');
  await settle(el);
}

/** The table's rows as text cells. */
export function tableRows(el: TorgStedskompass): string[][] {
  return $$(el, '[part="table"] tbody tr').map((row) =>
    [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

interface AxeLike {
  setup(node: Document): unknown;
  teardown(): void;
  utils: { getNodeFromTree(node: Element): unknown };
  commons: { text: { accessibleTextVirtual(node: unknown): string } };
}

/** The accessible name of an element, as axe-core (the checker the tests use) computes it, across shadow roots. */
export function accessibleName(node: Element): string {
  const axe = (window as unknown as { axe: AxeLike }).axe;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(node)).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}
