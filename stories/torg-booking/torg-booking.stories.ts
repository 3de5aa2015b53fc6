import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { db } from '../../mocks/db.js';
import { availabilityFixture, resourceFixtures, slotKey } from '../../mocks/fixtures/resources.js';
import { addDays, osloDate } from '../../src/domain/oslo-time.js';
import '../../src/widgets/torg-booking/define.js';
import type { TorgBooking, TorgBookingData } from '../../src/widgets/torg-booking/torg-booking.js';
import { scenario, staleStory, until } from '../helpers.js';

interface Args {
  torg: string;
  resource: string;
  lang: string;
  'api-base': string;
  'heading-level': string;
  data?: TorgBookingData;
}

const TORG = ['borgen', 'tofte', 'heggedal', 'saetre', 'slemmestad', 'asker-sentrum'];

const meta: Meta<Args> = {
  title: 'Widgets/Booking',
  component: 'torg-booking',
  args: { torg: 'borgen', resource: '', lang: 'nb', 'api-base': '', 'heading-level': '' },
  argTypes: {
    torg: { control: 'select', options: TORG, description: 'The torg whose rooms and slots are booked (required).' },
    resource: {
      control: 'select',
      options: ['', ...resourceFixtures.map((r) => r.id)],
      description: 'Preselects a resource and skips the first step.',
    },
    lang: { control: 'inline-radio', options: ['nb', 'nn', 'en'] },
    'api-base': { control: 'text', description: 'Base URL of the municipal API (Storybook points at the mock).' },
    'heading-level': {
      control: 'select',
      options: ['', '1', '2', '3', '4', '5', '6'],
      description: 'The level of the step heading (default 2); the headings inside follow one level below.',
    },
    data: { control: false },
  },
  render: (args) =>
    html`<torg-booking
      torg=${args.torg || nothing}
      resource=${args.resource || nothing}
      lang=${args.lang || nothing}
      api-base=${args['api-base'] || nothing}
      heading-level=${args['heading-level'] || nothing}
      .data=${args.data}
    ></torg-booking>`,
  parameters: {
    docs: {
      description: {
        component:
          'Book a room or a case-officer slot: resource → day → time → details (with consent) → review → result. ' +
          'A time taken meanwhile is said plainly and new times are offered; typed details are kept. ' +
          'The data in these stories is example data from the mock API, not the municipality’s.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<Args>;

// --- walking through the steps (play functions) ----------------------------------------

type Root = ShadowRoot;

async function widget(canvas: HTMLElement): Promise<Root> {
  const el = await until(() => canvas.querySelector<TorgBooking>('torg-booking'), 'the widget');
  return until(() => el.shadowRoot, 'the shadow root');
}

async function click(root: Root, selector: string, what: string): Promise<void> {
  (await until(() => root.querySelector<HTMLElement>(selector), what)).click();
}

/** The day chosen by the last walk-through. */
let chosenDate = '';

async function toSlots(canvas: HTMLElement): Promise<Root> {
  const root = await widget(canvas);
  const day = await until(
    () => root.querySelector<HTMLElement>('[role="gridcell"]:not([aria-disabled]):not(.outside)[data-date]'),
    'a free day',
  );
  chosenDate = day.dataset.date ?? '';
  day.click();
  return root;
}

async function toDetails(canvas: HTMLElement): Promise<Root> {
  const root = await toSlots(canvas);
  await click(root, '[part~="slot"]', 'a free time');
  await until(() => root.querySelector('form'), 'the form');
  return root;
}

async function fill(root: Root): Promise<void> {
  const set = (name: string, value: string): void => {
    const input = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  set('name', 'Kari Nordmann');
  set('email', 'kari@eksempel.no');
  set('phone', '912 34 567');
  set('organisation', 'Borgen vel');
  set('purpose', 'Styremøte');
  const attendees = root.querySelector('[name="attendees"]');
  if (attendees) set('attendees', '8');
  const consent = root.querySelector<HTMLInputElement>('[name="consent"]')!;
  consent.checked = true;
  consent.dispatchEvent(new Event('change', { bubbles: true }));
}

async function toReview(canvas: HTMLElement): Promise<Root> {
  const root = await toDetails(canvas);
  await fill(root);
  await click(root, 'button[type="submit"]', 'the continue button');
  await until(() => root.querySelector('[part~="confirm"]'), 'the review');
  return root;
}

async function toResult(canvas: HTMLElement): Promise<Root> {
  const root = await toReview(canvas);
  await click(root, '[part~="confirm"]', 'the confirm button');
  await until(() => root.querySelector('[part~="reference"]'), 'the result');
  return root;
}

// --- stories -----------------------------------------------------------------------------

/** Every attribute as a control. */
export const Playground: Story = {};

/** Step 1: the torg's resources grouped by kind, with description and capacity. */
export const ChooseResource: Story = { name: 'Step 1: resource', args: { torg: 'tofte' } };

/** Step 2: the month grid; days without free times are crossed out and cannot be chosen. */
export const ChooseDay: Story = { name: 'Step 2: day', args: { resource: 'borgen-fjorden' } };

/** Step 3: the day's free times, each with its full name ("kl. 10.00–11.00, 1 time"). */
export const ChooseSlot: Story = {
  name: 'Step 3: time',
  args: { torg: 'tofte', resource: 'tofte-byggesak' },
  play: async ({ canvasElement }) => {
    await toSlots(canvasElement);
  },
};

/** Step 4: contact details and consent. */
export const Details: Story = {
  name: 'Step 4: details',
  args: { resource: 'borgen-fjorden' },
  play: async ({ canvasElement }) => {
    await toDetails(canvasElement);
  },
};

/** "Gå videre" with nothing filled in: errors at the fields and summarised at the top. */
export const ValidationErrors: Story = {
  name: 'Validation errors',
  args: { resource: 'borgen-fjorden' },
  play: async ({ canvasElement }) => {
    const root = await toDetails(canvasElement);
    const email = root.querySelector<HTMLInputElement>('[name="email"]')!;
    email.value = 'kari@';
    email.dispatchEvent(new Event('input', { bubbles: true }));
    await click(root, 'button[type="submit"]', 'the continue button');
  },
};

/** Step 5: everything on one screen, with "change" links. */
export const Review: Story = {
  name: 'Step 5: review',
  args: { resource: 'borgen-fjorden' },
  play: async ({ canvasElement }) => {
    await toReview(canvasElement);
  },
};

/** The result: confirmed, with the booking reference, an .ics file and the cancellation link. */
export const Confirmed: Story = {
  name: 'Result: confirmed',
  args: { resource: 'borgen-fjorden' },
  play: async ({ canvasElement }) => {
    await toResult(canvasElement);
  },
};

/** A resource that needs approval: the result says clearly that the booking is pending. */
export const PendingApproval: Story = {
  name: 'Result: pending approval',
  args: { resource: 'borgen-kime' },
  play: async ({ canvasElement }) => {
    await toResult(canvasElement);
  },
};

/** Someone else booked the time first (409): said plainly, the next free times offered, the details kept. */
export const SlotTaken: Story = {
  name: '409: time taken meanwhile',
  args: { resource: 'borgen-fjorden' },
  play: async ({ canvasElement }) => {
    const root = await toReview(canvasElement);
    // Someone else books the same time (the first free one of the first free day) while this person checks.
    const date = root.querySelector<HTMLElement>('[aria-selected="true"][data-date]')?.dataset.date ?? chosenDate;
    const fjorden = db().resources.find((r) => r.id === 'borgen-fjorden')!;
    const first = availabilityFixture(fjorden, date, addDays(date, 1), osloDate(Date.now()), db().bookedSlots).find(
      (slot) => slot.available,
    );
    if (first) db().bookedSlots.add(slotKey(fjorden.id, first.start));
    await click(root, '[part~="confirm"]', 'the confirm button');
    await until(() => root.querySelector('#lost'), 'the notice');
  },
};

/** No free times this month (`scenario('empty')`); the resources come from `data`. */
export const NoFreeSlots: Story = {
  name: 'No free times this month',
  args: { data: { resources: resourceFixtures.filter((r) => r.torgId === 'borgen') }, resource: 'borgen-fjorden' },
  parameters: scenario('empty'),
};

/** A torg without anything to book. */
export const Empty: Story = { parameters: scenario('empty') };

/** Waiting for the API: a busy skeleton that holds the space. */
export const Loading: Story = { parameters: scenario('loading') };

/** The API fails: plain words and a retry button. */
export const ServerError: Story = { name: 'Error', parameters: scenario('server-error') };

/** Some resources could not be read: the rest are shown, with a notice. */
export const PartlyInvalid: Story = { name: 'Partly invalid data', parameters: scenario('partly-invalid') };

/** Hostile text from the API is shown as text. */
export const HostileText: Story = {
  name: 'Hostile text',
  args: {
    data: {
      resources: [
        {
          id: 'x',
          torgId: 'borgen',
          name: '<img src=x onerror=alert(1)> Møterom',
          kind: 'rom',
          description: '<script>alert(1)</script>',
          capacity: 4,
          slotMinutes: 60,
          maxDaysAhead: 30,
        },
      ],
    },
  },
};

/** Under a page's `<h2>`: the step heading is an `<h3>`, the headings inside it `<h4>`. */
export const HeadingLevel: Story = { name: 'Heading level 3', args: { 'heading-level': '3' } };

/** Nynorsk. */
export const Nynorsk: Story = { args: { lang: 'nn', torg: 'tofte' } };

/** Nynorsk, the time step. */
export const NynorskSlots: Story = {
  name: 'Nynorsk: time',
  args: { lang: 'nn', torg: 'tofte', resource: 'tofte-byggesak' },
  play: async ({ canvasElement }) => {
    await toSlots(canvasElement);
  },
};

/** English. */
export const English: Story = { args: { lang: 'en', torg: 'tofte' } };

/** English, the details form with errors. */
export const EnglishDetails: Story = {
  name: 'English: validation errors',
  args: { lang: 'en', resource: 'borgen-fjorden' },
  play: async ({ canvasElement }) => {
    const root = await toDetails(canvasElement);
    await click(root, 'button[type="submit"]', 'the continue button');
  },
};

/** A refresh fails (`scenario('stale')`): the data stay on screen, with a notice and a retry. */
export const Stale: Story = staleStory('torg-booking');
