/**
 * Whole flows through a widget in a frame (the built bundle on a hostile or
 * sandboxed page, test/hostile/): answering and sending the survey,
 * booking from the first step to the result, applying for a grant and
 * raising a matter with the council. Only clicks and input events,
 * as a person's; no source import.
 */
import { $, $$, textOf, waitFor } from './dom.js';
import { untilShows } from './hostile.js';

/** Half of an emoji: what a backend leaves when it cuts text at a byte limit. */
export const CUT = '😀'.slice(0, 1);

export async function click(el: Element, selector: string, what: string): Promise<void> {
  await waitFor(() => $(el, selector), `${what} (${selector})`);
  $(el, selector)!.click();
}

/** Answers one theme with a text on two lines and sends the survey; waits for the thanks. */
export async function sendSurvey(el: HTMLElement): Promise<void> {
  await click(el, 'input[name="score:feeling-safe"][value="5"]', 'a score');
  const good = $<HTMLTextAreaElement>(el, '#good-feeling-safe')!;
  good.value = `Trygt\nom kvelden ${CUT}`;
  good.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await click(el, '[part="submit"]', 'the send button');
  await waitFor(
    () => $(el, '[part="thanks"]'),
    () => `the thanks (it shows: "${textOf(el).slice(0, 120)}")`,
    360,
  );
}

/** From the first step to the details form: a resource, the first free day, its first free time. */
export async function toDetails(el: HTMLElement, resource: string): Promise<void> {
  await untilShows(el, [resource]);
  const choice = $$(el, '[part~="resource"]').find((b) => textOf(b).includes(resource));
  choice!.click();
  await waitFor(
    () => $$(el, '[role="gridcell"]:not(.outside)').find((c) => !c.hasAttribute('aria-disabled')),
    'a free day',
  );
  $$(el, '[role="gridcell"]:not(.outside)')
    .find((c) => !c.hasAttribute('aria-disabled'))!
    .click();
  await click(el, '[part~="slot"]', 'a free time');
  await waitFor(() => $(el, '[name="name"]'), 'the details form');
}

/** Types a name and an e-mail address and gives consent, as a person does (input and change events). */
export function fillDetails(el: HTMLElement): void {
  for (const [name, value] of [
    ['name', 'Kari Nordmann'],
    ['email', 'kari@eksempel.no'],
  ]) {
    const input = $<HTMLInputElement>(el, `[name="${name}"]`)!;
    input.value = value!;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  const consent = $<HTMLInputElement>(el, '[name="consent"]')!;
  consent.checked = true;
  consent.dispatchEvent(new Event('change', { bubbles: true }));
}

/** From the first step to the booked result: a resource, the first free day and time, the details, confirm. */
export async function book(el: HTMLElement, resource: string): Promise<void> {
  await toDetails(el, resource);
  fillDetails(el);
  await click(el, 'button[type="submit"]', 'Gå videre');
  await click(el, '[part~="confirm"]', 'the confirm button');
}

/** Sets fields by id to text, as typing does (an input event each). */
function typeInto(el: HTMLElement, fields: [id: string, value: string][]): void {
  for (const [id, value] of fields) {
    const input = $<HTMLInputElement>(el, `#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

/** Ticks the consent box, as a click does (a change event). */
function consent(el: HTMLElement): void {
  const box = $<HTMLInputElement>(el, '#f-consent')!;
  box.checked = true;
  box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The thanks of an application or a proposal. */
async function untilReceived(el: HTMLElement): Promise<void> {
  await waitFor(
    () => $(el, '[part="received"]'),
    () => `the thanks (it shows: "${textOf(el).slice(0, 160)}")`,
    360,
  );
}

/**
 * `<torg-tilskudd>`: opens the application form, fills it in with one budget line of 5 000 kr, gives
 * consent and sends it; waits for the thanks.
 */
export async function apply(el: HTMLElement): Promise<void> {
  await untilShows(el, ['Skriv en søknad']);
  $$<HTMLButtonElement>(el, '[part="apply"] button')
    .find((b) => textOf(b) === 'Skriv en søknad')!
    .click();
  await click(el, '#f-lines-add', 'the button that adds a budget line');
  await waitFor(() => $(el, '#f-lines-0-item'), 'a budget line');
  typeInto(el, [
    ['f-applicant', 'Kari Nordmann'],
    ['f-email', 'kari@eksempel.no'],
    ['f-title', 'Benker ved badeplassen'],
    ['f-description', 'To benker.'],
    ['f-amount', '5000'],
    ['f-lines-0-item', 'Benker'],
    ['f-lines-0-amount', '5000'],
  ]);
  consent(el);
  await click(el, '[part="submit"]', 'the send button');
  await untilReceived(el);
}

/** `<torg-innspill>`: a matter with a title and a description, anonymously, with consent, sent; waits for the thanks. */
export async function propose(el: HTMLElement): Promise<void> {
  await untilShows(el, ['Beskriv saken']);
  typeInto(el, [
    ['f-title', 'Gatelys i Kirkeveien'],
    ['f-description', 'Det er mørkt mellom skolen og butikken om kvelden.'],
  ]);
  consent(el);
  await click(el, '[part="submit"]', 'the send button');
  await untilReceived(el);
}
