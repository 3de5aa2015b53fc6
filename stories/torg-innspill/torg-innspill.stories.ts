import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { delay, http } from 'msw';
import { committeeFixtures } from '../../mocks/fixtures/committees.js';
import { MOCK_API_BASE, createHandlers, problem } from '../../mocks/handlers.js';
import type { Committee } from '../../src/contract/schemas.js';
import { serializeStoredForm } from '../../src/domain/form.js';
import { proposalKey } from '../../src/domain/form-keys.js';
import { emptyProposal, type ProposalDraft } from '../../src/domain/proposal.js';
import '../../src/widgets/torg-innspill/define.js';
import type { TorgInnspill } from '../../src/widgets/torg-innspill/torg-innspill.js';
import { scenario, staleStory, until } from '../helpers.js';

interface Args {
  committee: string;
  'agenda-url': string;
  lang: string;
  'api-base': string;
  'heading-level': string;
  data?: Committee;
}

const COMMITTEES = ['tofte-lsu', 'slemmestad-lsu', 'heggedal-lsu'];

const meta: Meta<Args> = {
  title: 'Widgets/Innspill',
  component: 'torg-innspill',
  args: {
    committee: 'tofte-lsu',
    'agenda-url': '/lokalsamfunnsutvalg/moter',
    lang: 'nb',
    'api-base': '',
    'heading-level': '',
  },
  argTypes: {
    committee: { control: 'select', options: COMMITTEES, description: 'The committee (required).' },
    'agenda-url': {
      control: 'text',
      description:
        'The page with the council’s meetings and agendas (`<torg-agenda>`), linked under "what happens next".',
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
    html`<torg-innspill
      committee=${args.committee || nothing}
      agenda-url=${args['agenda-url'] || nothing}
      lang=${args.lang || nothing}
      api-base=${args['api-base'] || nothing}
      heading-level=${args['heading-level'] || nothing}
      .data=${args.data}
    ></torg-innspill>`,
  // Every story starts without a stored proposal (a story that needs one stores it).
  beforeEach: () => {
    for (const committee of COMMITTEES) localStorage.removeItem(proposalKey(committee));
  },
  parameters: {
    docs: {
      description: {
        component:
          'A citizen raises a matter with a council: title, description, place, and — only if they want an ' +
          'answer — name and e-mail; anonymous is allowed and said plainly. What is typed is kept on the device ' +
          'until it is received; sending is retried without losing anything. The data in these stories is ' +
          'example data from the mock API, not the municipality’s.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<Args>;

async function send(canvas: HTMLElement): Promise<void> {
  const el = await until(() => canvas.querySelector<TorgInnspill>('torg-innspill'), 'the widget');
  const button = await until(() => el.shadowRoot?.querySelector<HTMLButtonElement>('[part="submit"]'), 'the form');
  button.click();
}

/** A proposal as if typed on an earlier visit: anonymous. */
const FILLED: ProposalDraft = {
  ...emptyProposal(),
  title: 'Gatelys i Kirkeveien',
  description: 'Det er mørkt mellom skolen og butikken om kvelden. Flere lys ville gjort skoleveien tryggere.',
  place: 'Kirkeveien ved skolen',
  consent: true,
};

function storeDraft(draft: ProposalDraft = FILLED): () => void {
  localStorage.setItem(proposalKey('tofte-lsu'), serializeStoredForm({ draft }));
  return () => localStorage.removeItem(proposalKey('tofte-lsu'));
}

/** Every attribute as a control. */
export const Playground: Story = {};

/** The form as a person first sees it, with what happens next and the next meeting. */
export const Loaded: Story = {};

/** Back after a reload: everything typed is there, said in a notice. */
export const RestoredDraft: Story = { beforeEach: () => storeDraft() };

/** With a name and an e-mail address: the council can answer. */
export const WithNameAndEmail: Story = {
  beforeEach: () => storeDraft({ ...FILLED, name: 'Ola Nordmann', email: 'ola@eksempel.no' }),
};

/** Sending with nothing filled in: the summary, the problems at their fields. */
export const Errors: Story = { play: async ({ canvasElement }) => send(canvasElement) };

/** The API refuses the description (422): at the field, with its words. */
export const Refused: Story = {
  beforeEach: () => storeDraft(),
  parameters: scenario('refused'),
  play: async ({ canvasElement }) => send(canvasElement),
};

/** Sending: the form is read-only and says so; the API never answers here. */
export const Sending: Story = {
  beforeEach: () => storeDraft(),
  parameters: {
    msw: {
      handlers: [
        http.post(`${MOCK_API_BASE}/committees/:id/proposals`, async () => {
          await delay('infinite');
        }),
        ...createHandlers(),
      ],
    },
  },
  play: async ({ canvasElement }) => send(canvasElement),
};

/** The API answers 503 once: tried again with the same key, then received. */
export const Retried: Story = {
  beforeEach: () => storeDraft(),
  parameters: scenario('flaky'),
  play: async ({ canvasElement }) => send(canvasElement),
};

/** The service fails after the retries: "not sent", everything kept. */
export const NotSent: Story = {
  beforeEach: () => storeDraft(),
  parameters: {
    msw: {
      handlers: [
        http.post(`${MOCK_API_BASE}/committees/:id/proposals`, () => problem(500, 'Internal Server Error')),
        ...createHandlers(),
      ],
    },
  },
  play: async ({ canvasElement }) => send(canvasElement),
};

/** Received anonymously: the reference, that the council cannot answer, what happens next. */
export const ReceivedAnonymous: Story = {
  beforeEach: () => storeDraft(),
  play: async ({ canvasElement }) => send(canvasElement),
};

/** The committee handed in as `data` (its name; no request for it). */
export const FromData: Story = { args: { committee: '', data: committeeFixtures[1] } };

// --- states ----------------------------------------------------------------------------------

export const Loading: Story = { parameters: scenario('loading') };

/** No meeting set yet: said under "what happens next" (the form is there as always). */
export const NoMeetingPlanned: Story = { parameters: scenario('empty') };

export const ServerError: Story = { parameters: scenario('server-error') };

export const UnknownCommittee: Story = { args: { committee: 'atlantis-lsu' } };

/** No `committee`: a visible message for the web editor. */
export const MissingCommittee: Story = { args: { committee: '' } };

/** A refresh fails (`scenario('stale')`): the form stays, with what was typed, a notice and a retry. */
export const Stale: Story = staleStory('torg-innspill');

// --- languages and headings ----------------------------------------------------------------------

export const Nynorsk: Story = { args: { lang: 'nn' }, beforeEach: () => storeDraft() };

export const English: Story = { args: { lang: 'en' }, beforeEach: () => storeDraft() };

/** `heading-level="3"`: under a page's h2, the widget's heading is an h3, "what happens next" an h4. */
export const HeadingLevel: Story = { name: 'Heading level 3', args: { 'heading-level': '3' } };
