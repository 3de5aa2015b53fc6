import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { delay, http } from 'msw';
import { asFunds, fundsFixtures } from '../../mocks/fixtures/funds.js';
import { MOCK_API_BASE, createHandlers } from '../../mocks/handlers.js';
import type { Funds } from '../../src/contract/schemas.js';
import { emptyApplication, type ApplicationDraft } from '../../src/domain/application.js';
import { applicationKey } from '../../src/domain/form-keys.js';
import { serializeStoredForm } from '../../src/domain/form.js';
import { osloDate } from '../../src/domain/oslo-time.js';
import '../../src/widgets/torg-tilskudd/define.js';
import type { TorgTilskudd } from '../../src/widgets/torg-tilskudd/torg-tilskudd.js';
import { scenario, staleStory, until } from '../helpers.js';

interface Args {
  committee: string;
  year: string;
  'meeting-url': string;
  lang: string;
  'api-base': string;
  'heading-level': string;
  data?: Funds;
}

const COMMITTEES = ['tofte-lsu', 'slemmestad-lsu', 'heggedal-lsu'];
const THIS_YEAR = Number(osloDate(Date.now()).slice(0, 4));

const meta: Meta<Args> = {
  title: 'Widgets/Tilskudd',
  component: 'torg-tilskudd',
  args: {
    committee: 'tofte-lsu',
    year: '',
    'meeting-url': '/lokalsamfunnsutvalg/moter?meeting={id}',
    lang: 'nb',
    'api-base': '',
    'heading-level': '',
  },
  argTypes: {
    committee: {
      control: 'select',
      options: COMMITTEES,
      description:
        'The committee (required). `tofte-lsu` takes applications, `slemmestad-lsu` has closed its round, `heggedal-lsu` has granted nothing yet.',
    },
    year: {
      control: 'select',
      options: ['', String(THIS_YEAR), String(THIS_YEAR - 1), String(THIS_YEAR - 5)],
      description: 'The year shown (default: this year).',
    },
    'meeting-url': {
      control: 'text',
      description: 'The page of one meeting (`<torg-agenda meeting="…">`), `{id}` for its id: each grant links to it.',
    },
    lang: { control: 'inline-radio', options: ['nb', 'nn', 'en'] },
    'api-base': { control: 'text', description: 'Base URL of the municipal API (Storybook points at the mock).' },
    'heading-level': {
      control: 'select',
      options: ['', '1', '2', '3', '4', '5', '6'],
      description: 'The level of the widget’s heading (default 2); the headings inside follow one level below.',
    },
    data: { control: false },
  },
  render: (args) =>
    html`<torg-tilskudd
      committee=${args.committee || nothing}
      year=${args.year || nothing}
      meeting-url=${args['meeting-url'] || nothing}
      lang=${args.lang || nothing}
      api-base=${args['api-base'] || nothing}
      heading-level=${args['heading-level'] || nothing}
      .data=${args.data}
    ></torg-tilskudd>`,
  // Every story starts without a stored application (a story that needs one stores it).
  beforeEach: () => {
    for (const committee of COMMITTEES) localStorage.removeItem(applicationKey(committee));
  },
  parameters: {
    docs: {
      description: {
        component:
          'A council’s money in the open: the year’s budget, granted so far and what is left (a bar, with its ' +
          'meaning written out), the grants with links to the meetings that decided them, the guidelines and ' +
          'criteria, earlier years — and, when the council takes applications, a form whose draft is kept on the ' +
          'device and whose sending is retried without losing anything. The data in these stories is example data ' +
          'from the mock API, not the municipality’s.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<Args>;

// --- steps -----------------------------------------------------------------------------------

async function widget(canvas: HTMLElement): Promise<ShadowRoot> {
  const el = await until(() => canvas.querySelector<TorgTilskudd>('torg-tilskudd'), 'the widget');
  await until(() => el.shadowRoot?.querySelector('[part="sums"]'), 'the sums');
  return el.shadowRoot!;
}

/** "Skriv en søknad", then the form. */
async function openForm(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = await widget(canvas);
  root.querySelector<HTMLButtonElement>('[part="apply"] .button')?.click();
  await until(() => root.querySelector('[part="form"]'), 'the application form');
  return root;
}

async function send(canvas: HTMLElement): Promise<void> {
  const root = await openForm(canvas);
  root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
}

/** A filled-in application with two budget lines, as if typed on an earlier visit. */
const FILLED: ApplicationDraft = {
  ...emptyApplication(),
  applicant: 'Kari Nordmann',
  organisation: 'Tofte vel',
  email: 'kari@eksempel.no',
  title: 'Benker ved badeplassen',
  description: 'To benker og et bord ved badeplassen, satt opp på dugnad i mai.',
  amount: '14 000',
  lines: [
    { item: 'Benker (2 stk.)', amount: '9 000' },
    { item: 'Bord', amount: '5 000' },
  ],
  consent: true,
};

function storeDraft(draft: ApplicationDraft = FILLED): () => void {
  localStorage.setItem(applicationKey('tofte-lsu'), serializeStoredForm({ draft }));
  return () => localStorage.removeItem(applicationKey('tofte-lsu'));
}

// --- the money ------------------------------------------------------------------------------

/** Every attribute as a control. */
export const Playground: Story = {};

/** This year at Tofte: the sums, the bar, the grants with links to their meetings, guidelines, applying. */
export const Loaded: Story = {};

/** The grants sorted by amount, largest first (the column's button; again for smallest first). */
export const SortedByAmount: Story = {
  play: async ({ canvasElement }) => {
    const root = await widget(canvasElement);
    root.querySelector<HTMLButtonElement>('[part="sort"]')!.click();
  },
};

/** Last year (the year switch, or the `year` attribute). */
export const EarlierYear: Story = { args: { year: String(THIS_YEAR - 1) } };

/** Without `meeting-url` the dates are text, not links. */
export const WithoutMeetingLinks: Story = { args: { 'meeting-url': '' } };

/** Slemmestad has closed its round: said with the deadline. */
export const ApplicationsClosed: Story = { args: { committee: 'slemmestad-lsu' } };

/** Heggedal has a budget and takes applications, but has granted nothing yet. */
export const NoGrantsYet: Story = { args: { committee: 'heggedal-lsu' } };

/** More granted than the budget: the bar is full and the line says by how much. */
export const Overspent: Story = {
  args: {
    data: {
      ...asFunds(fundsFixtures(osloDate(Date.now())).find((f) => f.id === `slemmestad-lsu:${THIS_YEAR}`)!),
      budget: 60_000,
    },
  },
};

/** Funds of one year handed in as `data` (no request, no year switch). */
export const FromData: Story = {
  args: {
    committee: '',
    data: asFunds(fundsFixtures(osloDate(Date.now())).find((f) => f.id === `tofte-lsu:${THIS_YEAR}`)!),
  },
};

// --- states ----------------------------------------------------------------------------------

export const Loading: Story = { parameters: scenario('loading') };

/** A year without money: the empty state. */
export const Empty: Story = { parameters: scenario('empty') };

export const ServerError: Story = { parameters: scenario('server-error') };

/** Grants the API sent unreadable are left out with a notice; the sums are the API's own. */
export const PartlyInvalid: Story = { args: { committee: 'slemmestad-lsu' }, parameters: scenario('partly-invalid') };

export const UnknownCommittee: Story = { args: { committee: 'atlantis-lsu' } };

/** No `committee`: a visible message for the web editor. */
export const MissingCommittee: Story = { args: { committee: '' } };

/** A refresh fails (`scenario('stale')`): the money stays on screen, with a notice and a retry. */
export const Stale: Story = staleStory('torg-tilskudd');

// --- applying ---------------------------------------------------------------------------------

/** The form, asked for ("Skriv en søknad"): its code comes then. */
export const ApplicationForm: Story = { play: async ({ canvasElement }) => void (await openForm(canvasElement)) };

/** Back after a reload: the draft opens the form by itself, with everything typed. */
export const RestoredDraft: Story = { beforeEach: () => storeDraft() };

/** More than is left: a warning, sending is still allowed. */
export const AmountOverWhatIsLeft: Story = { beforeEach: () => storeDraft({ ...FILLED, amount: '400 000' }) };

/** Sending with nothing filled in: the summary, the problems at their fields. */
export const ApplicationErrors: Story = { play: async ({ canvasElement }) => send(canvasElement) };

/** The API refuses the amount (422): at the field, with its words. */
export const ApplicationRefused: Story = {
  beforeEach: () => storeDraft(),
  parameters: scenario('refused'),
  play: async ({ canvasElement }) => send(canvasElement),
};

/** Sending: the form is read-only and says so; the API never answers here. */
export const ApplicationSending: Story = {
  beforeEach: () => storeDraft(),
  parameters: {
    msw: {
      handlers: [
        http.post(`${MOCK_API_BASE}/committees/:id/applications`, async () => {
          await delay('infinite');
        }),
        ...createHandlers(),
      ],
    },
  },
  play: async ({ canvasElement }) => send(canvasElement),
};

/** The API answers 503: tried again with the same key, then received. */
export const ApplicationRetried: Story = {
  beforeEach: () => storeDraft(),
  parameters: scenario('flaky'),
  play: async ({ canvasElement }) => send(canvasElement),
};

/** Received: the reference and what happens next. */
export const ApplicationReceived: Story = {
  beforeEach: () => storeDraft(),
  play: async ({ canvasElement }) => send(canvasElement),
};

// --- languages, headings, width -----------------------------------------------------------------

export const Nynorsk: Story = { args: { lang: 'nn' } };

export const English: Story = { args: { lang: 'en' } };

export const ApplicationNynorsk: Story = { args: { lang: 'nn' }, beforeEach: () => storeDraft() };

export const ApplicationEnglish: Story = { args: { lang: 'en' }, beforeEach: () => storeDraft() };

/** `heading-level="3"`: under a page's h2, the widget's heading is an h3, its sections h4. */
export const HeadingLevel: Story = { name: 'Heading level 3', args: { 'heading-level': '3' } };

/** A 320 px wide column (a phone): each grant as a card with its labels. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
