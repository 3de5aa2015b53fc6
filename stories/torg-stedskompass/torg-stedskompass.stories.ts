import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { http } from 'msw';
import { MOCK_API_BASE, createHandlers, problem } from '../../mocks/handlers.js';
import type { StedskompassResults } from '../../src/contract/schemas.js';
import { draftKey, serializeDraft, type Draft } from '../../src/domain/stedskompass.js';
import { THEMES } from '../../src/contract/ids.js';
import '../../src/widgets/torg-stedskompass/define.js';
import type { TorgStedskompass } from '../../src/widgets/torg-stedskompass/torg-stedskompass.js';
import { scenario, staleStory, until } from '../helpers.js';

interface Args {
  area: string;
  results: boolean;
  lang: string;
  'api-base': string;
  data?: StedskompassResults;
}

const AREA = 'tofte';

const meta: Meta<Args> = {
  title: 'Widgets/Stedskompass',
  component: 'torg-stedskompass',
  args: { area: AREA, results: false, lang: 'nb', 'api-base': '' },
  argTypes: {
    area: {
      control: 'select',
      options: ['tofte', 'slemmestad', 'heggedal', 'borgen', 'spikkestad'],
      description: 'The torg or area the answers are about (required). `spikkestad` has no answers yet.',
    },
    results: { control: 'boolean', description: 'Show the area’s results (compass and table) instead of the survey.' },
    lang: { control: 'inline-radio', options: ['nb', 'nn', 'en'] },
    'api-base': { control: 'text', description: 'Base URL of the municipal API (Storybook points at the mock).' },
    data: { control: false },
  },
  render: (args) =>
    html`<torg-stedskompass
      area=${args.area || nothing}
      ?results=${args.results}
      lang=${args.lang || nothing}
      api-base=${args['api-base'] || nothing}
      .data=${args.data}
    ></torg-stedskompass>`,
  // Every story starts without a stored draft (a story that needs one stores it).
  beforeEach: () => {
    for (const area of ['tofte', 'slemmestad', 'heggedal', 'borgen', 'spikkestad']) {
      localStorage.removeItem(draftKey(area));
    }
  },
  parameters: {
    docs: {
      description: {
        component:
          'The Place Standard survey ("Stedskompasset"): 14 themes on one page, each scored 1–7 with two optional ' +
          'texts; the draft is kept on the device; sending retries without losing anything; the results as a compass ' +
          'with a table of the same numbers. The data in these stories is example data from the mock API, not the ' +
          'municipality’s.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<Args>;

// --- helpers for the stories' steps ---------------------------------------------------

/** A draft: three themes scored, one skipped, texts on the first, an age group. */
const PARTLY: Draft = {
  answers: {
    'moving-around': { score: 3, good: 'Fine turstier langs sjøen.', improve: 'Fortau langs Tofteveien.' },
    'public-transport': { score: 2 },
    'natural-space': { score: 6 },
    'work-economy': { score: 'skip' },
  },
  ageGroup: '40-66',
};

function storeDraft(draft: Draft, area = AREA): () => void {
  localStorage.setItem(draftKey(area), serializeDraft(draft));
  return () => localStorage.removeItem(draftKey(area));
}

async function widget(canvas: HTMLElement): Promise<ShadowRoot> {
  const el = await until(() => canvas.querySelector<TorgStedskompass>('torg-stedskompass'), 'the widget');
  await until(() => el.shadowRoot?.querySelector('form'), 'the survey form');
  return el.shadowRoot!;
}

async function answer(root: ShadowRoot, theme: string, value: string): Promise<void> {
  const radio = await until(
    () => root.querySelector<HTMLInputElement>(`input[name="score:${theme}"][value="${value}"]`),
    `the radio ${value} of ${theme}`,
  );
  radio.click();
}

async function send(root: ShadowRoot): Promise<void> {
  root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
}

// --- stories ------------------------------------------------------------------------------

/** Every attribute as a control. */
export const Playground: Story = {};

/** The survey as a person first sees it: nothing answered yet. */
export const Empty: Story = {};

/** Three themes answered (with the keyboard or a click), the progress line counts them. */
export const PartlyAnswered: Story = {
  play: async ({ canvasElement }) => {
    const root = await widget(canvasElement);
    await answer(root, 'moving-around', '4');
    await answer(root, 'public-transport', '2');
    await answer(root, 'traffic-parking', 'skip');
  },
};

/** Back after a reload: the stored draft is brought back, with "start over". */
export const RestoredDraft: Story = {
  beforeEach: () => storeDraft(PARTLY),
};

/** "Start over" asks first (a native dialog). */
export const StartOverDialog: Story = {
  beforeEach: () => storeDraft(PARTLY),
  play: async ({ canvasElement }) => {
    const root = await widget(canvasElement);
    root.querySelector<HTMLButtonElement>('[part="start-over"]')!.click();
  },
};

/** Sending: the form is read-only and says so; the API never answers here. */
export const Submitting: Story = {
  beforeEach: () => storeDraft(PARTLY),
  parameters: scenario('loading'),
  play: async ({ canvasElement }) => send(await widget(canvasElement)),
};

/** The API answers 503: "trying again" with backoff, with the same Idempotency-Key, then "not sent" (answers kept). */
export const Retrying: Story = {
  beforeEach: () => storeDraft(PARTLY),
  parameters: scenario('unavailable'),
  play: async ({ canvasElement }) => send(await widget(canvasElement)),
};

/** Offline: the answers wait and are sent when the browser is back online. */
export const WaitingForNetwork: Story = {
  beforeEach: () => {
    const clear = storeDraft(PARTLY);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      clear();
      delete (navigator as unknown as Record<string, unknown>).onLine;
    };
  },
  play: async ({ canvasElement }) => send(await widget(canvasElement)),
};

/** Sending with nothing answered: a summary at the top, no request. */
export const ErrorNothingAnswered: Story = {
  play: async ({ canvasElement }) => send(await widget(canvasElement)),
};

/** Texts over the limit (and a text without a score) are shown at their fields before anything is sent. */
export const ErrorAtTheFields: Story = {
  beforeEach: () =>
    storeDraft({
      answers: {
        'moving-around': { score: 3, improve: 'Lengre tekst. '.repeat(75) },
        'feeling-safe': { good: 'Trygge skoleveier.' },
      },
    }),
  play: async ({ canvasElement }) => send(await widget(canvasElement)),
};

/** The API refuses fields (422): each is shown at its field and in the summary. */
export const ErrorRefusedByTheApi: Story = {
  beforeEach: () => storeDraft(PARTLY),
  parameters: {
    msw: {
      handlers: [
        http.post(`${MOCK_API_BASE}/stedskompass/responses`, () =>
          problem(422, 'Unprocessable Content', {
            errors: [
              { field: 'answers.0.improve', message: 'Contains a phone number; please leave out personal data.' },
              { field: 'ageGroup', message: 'Unknown age group.' },
            ],
          }),
        ),
        ...createHandlers(),
      ],
    },
  },
  play: async ({ canvasElement }) => send(await widget(canvasElement)),
};

/** The service fails (500 after the retries): "not sent", the answers are kept, send again. */
export const ErrorNotSent: Story = {
  beforeEach: () => storeDraft(PARTLY),
  parameters: scenario('server-error'),
  play: async ({ canvasElement }) => send(await widget(canvasElement)),
};

/** After sending: thanks, and the compass with the area's averages and the person's own answers. */
export const ThanksAndCompass: Story = {
  beforeEach: () => storeDraft(PARTLY),
  play: async ({ canvasElement }) => send(await widget(canvasElement)),
};

/** The results only (e.g. in a news article): compass, legend and the table of the same numbers. */
export const Results: Story = { args: { results: true } };

export const ResultsLoading: Story = { args: { results: true }, parameters: scenario('loading') };

/** No answers yet for the area. */
export const ResultsEmpty: Story = { args: { results: true }, parameters: scenario('empty') };

export const ResultsError: Story = { args: { results: true }, parameters: scenario('server-error') };

/** Results handed in as the `data` property (no request); an unknown theme is left out and counted. */
export const ResultsFromData: Story = {
  args: {
    results: true,
    data: {
      area: 'eksempel',
      responses: 12,
      themes: [
        ...THEMES.slice(0, 10).map((theme, i) => ({ theme, mean: 2 + ((i * 7) % 50) / 10, n: 12 - (i % 4) })),
        { theme: 'not-a-theme', mean: 4, n: 3 } as unknown as StedskompassResults['themes'][number],
      ],
    },
  },
};

/** No `area`: a visible message for the web editor. */
export const MissingArea: Story = { args: { area: '' } };

export const Nynorsk: Story = { args: { lang: 'nn' }, beforeEach: () => storeDraft(PARTLY) };

export const English: Story = { args: { lang: 'en' }, beforeEach: () => storeDraft(PARTLY) };

export const ResultsNynorsk: Story = { args: { lang: 'nn', results: true } };

export const ResultsEnglish: Story = { args: { lang: 'en', results: true } };

export const ThanksAndCompassEnglish: Story = {
  args: { lang: 'en' },
  beforeEach: () => storeDraft(PARTLY),
  play: async ({ canvasElement }) => send(await widget(canvasElement)),
};

export const ThanksAndCompassNynorsk: Story = {
  args: { lang: 'nn' },
  beforeEach: () => storeDraft(PARTLY),
  play: async ({ canvasElement }) => send(await widget(canvasElement)),
};

/** A 320 px wide column (a phone): the compass shows theme numbers, the table names them. */
export const NarrowResults: Story = {
  args: { results: true },
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};

/** A refresh fails (`scenario('stale')`): the results stay on screen, with a notice and a retry. */
export const Stale: Story = { args: { results: true }, ...staleStory('torg-stedskompass') };
