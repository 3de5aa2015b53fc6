import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { torgFixtures } from '../../mocks/fixtures/torg.js';
import type { Torg } from '../../src/contract/schemas.js';
import '../../src/widgets/torg-opening-hours/define.js';
import { scenario, staleStory } from '../helpers.js';

interface Args {
  torg: string;
  service: string;
  view: 'week' | 'today';
  lang: '' | 'nb' | 'nn' | 'en';
  at: string;
  'structured-data': boolean;
  'api-base': string;
  data?: Torg;
}

const serviceIds = [...new Set(torgFixtures.flatMap((t) => t.services.map((s) => s.id)))];

/**
 * Open now or closed, the week and the changes of the next 14 days, for a
 * torg or one of its services — in Oslo time whatever the reader's zone.
 * Most stories fix the moment with `at`, so they show the same thing every
 * day; the Playground runs on the real clock and updates itself.
 * All data here is example data from the mock API.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Opening hours',
  component: 'torg-opening-hours',
  args: { torg: 'tofte', service: '', view: 'week', lang: 'nb', at: '', 'structured-data': false, 'api-base': '' },
  argTypes: {
    torg: { control: 'select', options: torgFixtures.map((t) => t.id) },
    service: { control: 'select', options: ['', ...serviceIds] },
    view: { control: 'inline-radio', options: ['week', 'today'] },
    lang: { control: 'inline-radio', options: ['', 'nb', 'nn', 'en'] },
    at: { control: 'text' },
    'structured-data': { control: 'boolean' },
    'api-base': { control: 'text' },
    data: { control: false },
  },
  render: (args) =>
    html`<torg-opening-hours
      torg=${args.torg || nothing}
      service=${args.service || nothing}
      view=${args.view === 'week' ? nothing : args.view}
      lang=${args.lang || nothing}
      at=${args.at || nothing}
      ?structured-data=${args['structured-data']}
      api-base=${args['api-base'] || nothing}
      .data=${args.data}
    ></torg-opening-hours>`,
};

export default meta;
type Story = StoryObj<Args>;

/** Live: the real clock, updating itself at the next opening or closing. */
export const Playground: Story = {};

/** A Tuesday morning: open, and when it closes. */
export const Open: Story = {
  args: { torg: 'asker-sentrum', at: '2027-01-12T10:00:00+01:00' },
};

/** Ten minutes before closing. */
export const ClosingSoon: Story = {
  args: { torg: 'asker-sentrum', at: '2027-01-12T15:20:00+01:00' },
};

/** Maundy Thursday 2027: closed for Easter, opens again Tuesday 30 March (the holidays named in the week). */
export const ClosedForAHoliday: Story = {
  args: { torg: 'asker-sentrum', at: '2027-03-25T10:00:00+01:00' },
};

/** Tofte in its summer hours (10–15), with the three closed weeks announced. */
export const SummerSeason: Story = {
  args: { torg: 'tofte', at: '2027-07-01T11:00:00+02:00' },
};

/** Tofte closed for three weeks in July: the next opening is weeks away. */
export const ClosedForTheSummer: Story = {
  args: { torg: 'tofte', at: '2027-07-14T12:00:00+02:00' },
};

/** A service's own hours: the self-service library in Heggedal, open until midnight every day. */
export const ServiceHours: Story = {
  args: { torg: 'heggedal', service: 'bibliotek', at: '2027-01-16T21:00:00+01:00' },
};

/** A youth club open past midnight on Fridays: still open at 00:30 on Saturday. */
export const PastMidnight: Story = {
  args: { torg: 'heggedal', service: 'ungdom', at: '2027-01-09T00:30:00+01:00' },
};

/** The week view (the default): a table, Monday first, today marked in words. */
export const WeekView: Story = {
  args: { torg: 'tofte', view: 'week', at: '2026-12-22T12:30:00+01:00' },
};

/** The today view: the status and today's hours, for a sidebar. */
export const TodayView: Story = {
  args: { torg: 'tofte', view: 'today', at: '2026-12-23T12:30:00+01:00' },
};

export const Nynorsk: Story = {
  args: { torg: 'asker-sentrum', lang: 'nn', at: '2027-03-25T10:00:00+01:00' },
};

export const English: Story = {
  args: { torg: 'asker-sentrum', lang: 'en', at: '2027-03-25T10:00:00+01:00' },
};

/** With `structured-data`: schema.org JSON-LD is written into the page (inspect the element's light DOM). */
export const StructuredData: Story = {
  args: { torg: 'borgen', 'structured-data': true, at: '2026-12-21T10:00:00+01:00' },
};

/** A developer's data through the `data` property: no request to the API. */
export const FromData: Story = {
  args: { torg: '', data: torgFixtures.find((t) => t.id === 'borgen'), at: '2026-12-24T10:00:00+01:00' },
};

export const Loading: Story = {
  args: { torg: 'tofte' },
  parameters: scenario('loading'),
};

/** A planned torg has no opening hours yet: a plain message. */
export const Empty: Story = {
  args: { torg: 'holmen' },
};

export const ServerError: Story = {
  name: 'Error',
  args: { torg: 'tofte' },
  parameters: scenario('server-error'),
};

/** A torg id the API does not know (404): a plain message, no retry. */
export const UnknownTorg: Story = {
  args: { torg: 'finnes-ikke' },
};

/** The `torg` attribute forgotten: the widget says so. */
export const MissingTorg: Story = {
  args: { torg: '' },
};

/** A refresh fails (`scenario('stale')`): the data stay on screen, with a notice and a retry. */
export const Stale: Story = staleStory('torg-opening-hours');
