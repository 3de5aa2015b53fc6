import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meeting } from '../../src/contract/schemas.js';
import '../../src/widgets/torg-agenda/define.js';
import { scenario, staleStory } from '../helpers.js';

interface Args {
  committee: string;
  meeting: string;
  upcoming: number;
  past: number;
  'hide-subscribe': boolean;
  lang: '' | 'nb' | 'nn' | 'en';
  'api-base': string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Agenda',
  component: 'torg-agenda',
  args: {
    committee: 'tofte-lsu',
    meeting: '',
    upcoming: 3,
    past: 3,
    'hide-subscribe': false,
    lang: 'nb',
    'api-base': '',
  },
  argTypes: {
    committee: { control: 'select', options: ['tofte-lsu', 'slemmestad-lsu', 'heggedal-lsu', 'finnes-ikke'] },
    meeting: { control: 'text' },
    upcoming: { control: { type: 'number', min: 0, max: 10 } },
    past: { control: { type: 'number', min: 0, max: 10 } },
    'hide-subscribe': { control: 'boolean' },
    lang: { control: 'inline-radio', options: ['', 'nb', 'nn', 'en'] },
    'api-base': { control: 'text' },
  },
  render: (args) =>
    html`<torg-agenda
      committee=${ifDefined(args.committee || undefined)}
      meeting=${ifDefined(args.meeting || undefined)}
      upcoming=${args.upcoming}
      past=${args.past}
      ?hide-subscribe=${args['hide-subscribe']}
      lang=${ifDefined(args.lang || undefined)}
      api-base=${ifDefined(args['api-base'] || undefined)}
    ></torg-agenda>`,
  parameters: {
    docs: {
      description: {
        component:
          'Meetings of a lokalsamfunnsutvalg with agendas, documents and minutes. **All meetings, cases and documents shown here are example data from the mock API, not the municipality’s.**',
      },
    },
  },
};

export default meta;

type Story = StoryObj<Args>;

/** Every attribute as a control. The example meetings lie around today. */
export const Playground: Story = {};

/** A coming meeting opened in full (`meeting`): the notice, the agenda with case kinds, documents with type and size, and a closed item. */
export const UpcomingWithAgenda: Story = {
  args: { meeting: 'tofte-lsu-m5' },
};

/**
 * "Abonner på møtekalenderen" under the meetings: the committee's feed (`webcal://` and https), with a short
 * help text. Shown because the mock API offers `GET /committees/{id}/meetings.ics`.
 */
export const Subscribe: Story = { args: { upcoming: 1, past: 1 } };

/** An API without the optional feed (`HEAD …/meetings.ics` answers 404): no "subscribe", the rest as usual. */
export const WithoutFeed: Story = { args: { upcoming: 1, past: 1 }, parameters: scenario('without-optional') };

/** `hide-subscribe`: the meetings without "subscribe" (and without asking the API for the feed). */
export const HideSubscribe: Story = { args: { upcoming: 1, past: 1, 'hide-subscribe': true } };

/** A cancelled meeting: "Avlyst" in words, in the heading, and the notice of cancellation. */
export const Cancelled: Story = {
  args: { meeting: 'tofte-lsu-m2' },
};

/** A held meeting: "Gjennomført", the minutes (protokoll) and the decisions. */
export const PastWithMinutes: Story = {
  args: { meeting: 'tofte-lsu-m3' },
};

const closedItems: Meeting[] = [
  {
    id: 'eksempel-lukket',
    committeeId: 'eksempel',
    title: 'Møte i lokalsamfunnsutvalget (eksempel)',
    start: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10) + 'T18:00:00+01:00',
    end: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10) + 'T20:00:00+01:00',
    status: 'planlagt',
    location: { name: 'Borgen innbyggertorg', address: 'Søndre Borgen 11, 1388 Borgen' },
    agenda: [
      { id: '1', number: '20/26', kind: 'PS', title: 'Godkjenning av innkalling og saksliste' },
      {
        id: '2',
        number: '21/26',
        kind: 'PS',
        title: 'Søknad om tilskudd – navngitt person',
        closed: true,
        exemption: 'offl. § 13 jf. fvl. § 13',
        documents: [{ title: 'Søknaden (sendt av API-et, skal aldri vises)', url: 'https://example.test/secret.pdf' }],
      },
      { id: '3', number: '22/26', kind: 'RS', title: 'Personalsak', closed: true },
      { id: '4', number: '23/26', kind: 'eventuelt', title: 'Eventuelt' },
    ],
  },
];

/**
 * Closed items (`data` property): each says it is closed and why; its title,
 * decision and documents are never shown, even though the data here sends
 * them. Open the meeting to see.
 */
export const ClosedItems: Story = {
  render: (args) =>
    html`<torg-agenda .data=${closedItems} past="0" lang=${ifDefined(args.lang || undefined)}></torg-agenda>`,
};

/** `upcoming="1" past="1"`: one of each, and "Vis eldre møter" adds one more at a time. */
export const FewerMeetings: Story = {
  args: { upcoming: 1, past: 1 },
};

/** `heading-level="3"`: under a page's h2, the widget's headings start at h3 (meetings h4, their agenda h5). */
export const HeadingLevel: Story = {
  render: (args) =>
    html`<h2>Lokalsamfunnsutvalget</h2>
      <torg-agenda
        committee=${args.committee}
        heading-level="3"
        lang=${ifDefined(args.lang || undefined)}
      ></torg-agenda>`,
};

/** No meetings at all: the empty state. */
export const NoMeetingsPlanned: Story = {
  parameters: scenario('empty'),
};

/** The meetings are loading. */
export const Loading: Story = {
  parameters: scenario('loading'),
};

/** The service fails: plain words and a retry. */
export const ServerError: Story = {
  name: 'Error',
  parameters: scenario('server-error'),
};

/** A committee that does not exist. */
export const UnknownCommittee: Story = {
  args: { committee: 'finnes-ikke' },
};

/** Some meetings could not be read: the rest are shown, with a notice. */
export const PartlyInvalid: Story = {
  parameters: scenario('partly-invalid'),
};

/** The `committee` attribute is missing: the widget says so. */
export const MissingCommittee: Story = {
  args: { committee: '' },
};

/** `lang` absent: the language of the page around it (Storybook's page is English). */
export const PageLanguage: Story = { args: { lang: '' } };

export const Bokmal: Story = { name: 'Bokmål', args: { lang: 'nb' } };

export const Nynorsk: Story = { args: { lang: 'nn' } };

export const English: Story = { args: { lang: 'en' } };

/** English, one meeting in full. */
export const EnglishMeeting: Story = { args: { lang: 'en', meeting: 'tofte-lsu-m5' } };

/** A refresh fails (`scenario('stale')`): the data stay on screen, with a notice and a retry. */
export const Stale: Story = staleStory('torg-agenda');
