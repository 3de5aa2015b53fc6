import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { HttpResponse, http } from 'msw';
import { committeeFixtures } from '../../mocks/fixtures/committees.js';
import { MOCK_API_BASE } from '../../mocks/handlers.js';
import type { Committee } from '../../src/contract/schemas.js';
import '../../src/widgets/torg-committee/define.js';
import { scenario, staleStory } from '../helpers.js';

interface Args {
  committee: string;
  date: string;
  lang: string;
  'api-base': string;
  data?: Committee;
}

const meta: Meta<Args> = {
  title: 'Widgets/Committee',
  component: 'torg-committee',
  args: { committee: 'tofte-lsu', date: '', lang: 'nb', 'api-base': '' },
  argTypes: {
    committee: {
      control: 'select',
      options: committeeFixtures.map((c) => c.id),
      description: 'The lokalsamfunnsutvalg to show (required).',
    },
    date: { control: 'text', description: 'Reference date of the check, YYYY-MM-DD (default: today).' },
    lang: { control: 'inline-radio', options: ['nb', 'nn', 'en'] },
    'api-base': { control: 'text', description: 'Base URL of the municipal API (Storybook points at the mock).' },
    data: { control: false },
  },
  render: (args) =>
    html`<torg-committee
      committee=${args.committee || nothing}
      date=${args.date || nothing}
      lang=${args.lang || nothing}
      api-base=${args['api-base'] || nothing}
      .data=${args.data}
    ></torg-committee>`,
  parameters: {
    docs: {
      description: {
        component:
          'The members of a lokalsamfunnsutvalg, grouped by seat, and the composition check: each rule met or ' +
          'not, with what is missing in plain words and who does not count and why. Listen for ' +
          '`torg-composition` to react to the result. The people in these stories are example data from the ' +
          'mock API, not the municipality’s.',
      },
    },
  },
};

export default meta;

type Story = StoryObj<Args>;

function example(id: string): Committee {
  const committee = committeeFixtures.find((c) => c.id === id);
  if (!committee) throw new Error(`No example committee ${id}`);
  return structuredClone(committee);
}

/** Tofte, with two seats left empty. */
function withMissingSeats(): Committee {
  const c = example('tofte-lsu');
  c.members = c.members.filter((m) => m.id !== 'tl-2' && m.id !== 'tl-6');
  return c;
}

/** Tofte, where two members have left. */
function withEndedMemberships(): Committee {
  const c = example('tofte-lsu');
  for (const m of c.members) {
    if (m.id === 'tl-4') m.to = '2025-12-31';
    if (m.id === 'tl-7') m.to = '2026-03-31';
  }
  return c;
}

/** The API sends the committee's own rules: three young people under 26, two for business, no gender rule. */
const customRules = {
  msw: {
    handlers: [
      http.get(`${MOCK_API_BASE}/committees/tofte-lsu`, () =>
        HttpResponse.json({
          ...example('tofte-lsu'),
          rules: {
            seats: [
              { seat: 'ungdom', min: 3, maxAgeExclusive: 26 },
              { seat: 'naeringsliv', min: 2 },
              { seat: 'velforening', min: 1 },
            ],
            genderBalance: false,
          },
        } satisfies Committee),
      ),
    ],
  },
};

export const Playground: Story = {};

export const Compliant: Story = {
  args: { committee: 'tofte-lsu' },
  parameters: {
    docs: { description: { story: 'Every default rule is met; a member whose period ended is listed apart.' } },
  },
};

export const MissingSeats: Story = {
  args: { committee: '', data: withMissingSeats() },
  parameters: {
    docs: {
      description: { story: 'Seats without enough members show "Ledig plass", and the check says what is missing.' },
    },
  },
};

export const GenderImbalance: Story = {
  args: { committee: 'slemmestad-lsu' },
  parameters: {
    docs: {
      description: {
        story:
          'Five men and one woman: the gender balance is not met. One youth member was 20 when his period began, and the business seat’s member has left.',
      },
    },
  },
};

export const WithheldBirthDates: Story = {
  args: { committee: 'heggedal-lsu' },
  parameters: {
    docs: {
      description: {
        story:
          'Birth dates are withheld: a youth flag counts; a member with neither cannot be verified. This committee also sends its own rules (two for the residents’ associations).',
      },
    },
  },
};

export const EndedMemberships: Story = {
  args: { committee: '', data: withEndedMemberships(), date: '2026-12-03' },
  parameters: {
    docs: {
      description: { story: 'Members whose period has ended no longer count and are listed as former members.' },
    },
  },
};

export const CustomRules: Story = {
  args: { committee: 'tofte-lsu' },
  parameters: {
    ...customRules,
    docs: {
      description: { story: 'The API sends the committee’s own composition rules instead of the default ones.' },
    },
  },
};

export const AnotherDate: Story = {
  args: { committee: 'tofte-lsu', date: '2025-06-01' },
  parameters: {
    docs: {
      description: { story: 'The check on another date: the youth members of autumn 2025 had not yet started.' },
    },
  },
};

/** `heading-level="3"`: the committee's name an `h3`, the check and the roster `h4`, the groups `h5`. */
export const HeadingLevel: Story = {
  render: () => html`<torg-committee committee="tofte-lsu" heading-level="3"></torg-committee>`,
};

export const Nynorsk: Story = { args: { committee: 'slemmestad-lsu', lang: 'nn' } };

export const English: Story = { args: { committee: 'slemmestad-lsu', lang: 'en' } };

export const Loading: Story = { parameters: scenario('loading') };

export const Empty: Story = {
  parameters: { ...scenario('empty'), docs: { description: { story: 'The committee has no members registered.' } } },
};

export const ServerError: Story = { name: 'Error', parameters: scenario('server-error') };

export const NotFound: Story = { args: { committee: 'finnes-ikke' } };

export const InvalidData: Story = { parameters: scenario('invalid-shape') };

export const MissingAttribute: Story = { args: { committee: '' } };

/** A refresh fails (`scenario('stale')`): the data stay on screen, with a notice and a retry. */
export const Stale: Story = staleStory('torg-committee');
