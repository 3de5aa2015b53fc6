import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HttpResponse, http } from 'msw';
import { addDays, today } from '../../mocks/fixtures/time.js';
import { createHandlers } from '../../mocks/handlers.js';
import type { TorgEvent } from '../../src/contract/schemas.js';
import '../../src/widgets/torg-events/define.js';
import feed from '../../test/widgets/torg-events/fixtures/partner.ics?raw';
import { scenario, staleStory } from '../helpers.js';

interface Args {
  torg: string;
  category: string;
  audience: string;
  view: 'list' | 'month';
  days: number;
  src: string;
  'hide-subscribe': boolean;
  lang: string;
}

const FEED_URL = 'https://kalender.frivilligsentral.example/asker.ics';

const meta: Meta<Args> = {
  title: 'Widgets/Events',
  component: 'torg-events',
  args: {
    torg: '',
    category: '',
    audience: '',
    view: 'list',
    days: 30,
    src: '',
    'hide-subscribe': false,
    lang: 'nb',
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['list', 'month'] },
    audience: { control: 'select', options: ['', 'barn', 'ungdom', 'voksne', 'senior', 'alle'] },
    torg: {
      control: 'select',
      options: ['', 'asker-sentrum', 'borgen', 'heggedal', 'holmen', 'slemmestad', 'spikkestad', 'saetre', 'tofte'],
    },
    category: { control: 'select', options: ['', 'kultur', 'kurs', 'trening', 'marked', 'mote', 'ungdom'] },
    days: { control: { type: 'number', min: 1, max: 366 } },
    'hide-subscribe': { control: 'boolean' },
    lang: { control: 'inline-radio', options: ['', 'nb', 'nn', 'en'] },
  },
  render: (args) =>
    html`<torg-events
      torg=${ifDefined(args.torg || undefined)}
      category=${ifDefined(args.category || undefined)}
      audience=${ifDefined(args.audience || undefined)}
      view=${args.view}
      days=${args.days}
      src=${ifDefined(args.src || undefined)}
      ?hide-subscribe=${args['hide-subscribe']}
      lang=${ifDefined(args.lang || undefined)}
    ></torg-events>`,
  parameters: {
    docs: {
      description: {
        component:
          'Events at the innbyggertorg, as a list by day or a month grid, with filters. ' +
          'All data in these stories is example data from the mock API, not the municipality’s.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

// --- the views and attributes ----------------------------------------------------

/** Every attribute as a control. */
export const Playground: Story = {};

/** The default: coming events for 30 days, grouped under day headings. */
export const List: Story = {};

/** The month grid: ISO week numbers, a few events a day, "+N flere"; arrows, Home/End, PageUp/PageDown. */
export const Month: Story = { args: { view: 'month' } };

/** `days="7"`: one week; "show more" adds a week at a time. */
export const OneWeek: Story = { args: { days: 7 } };

/**
 * "Abonner på kalenderen" with filters (`category="kultur" torg="borgen"`): the `webcal://` link and the https
 * address carry them, and the text names them. Shown because the mock API offers `GET /events.ics`.
 */
export const SubscribeWithFilters: Story = { args: { category: 'kultur', torg: 'borgen' } };

/** An API without the optional feed (`HEAD /events.ics` answers 404): no "subscribe", the rest as usual. */
export const WithoutFeed: Story = { parameters: scenario('without-optional') };

/** `hide-subscribe`: the calendar without "subscribe" (and without asking the API for the feed). */
export const HideSubscribe: Story = { args: { 'hide-subscribe': true } };

/** `torg="borgen"`: the filter preset to one torg (a web editor's page for that torg). */
export const OneTorg: Story = { args: { torg: 'borgen' } };

/** `category="kultur" audience="barn"`: culture for children. */
export const FilterPresets: Story = { args: { category: 'kultur', audience: 'barn' } };

/** The month view with filter presets: the filters stay when switching views. */
export const MonthFiltered: Story = { args: { view: 'month', audience: 'senior' } };

/** `heading-level="3"`: under a page's h2, the widget's headings start at h3 (days h4, events h5). */
export const HeadingLevel: Story = {
  render: (args) =>
    html`<h2>Arrangementer i Asker</h2>
      <torg-events heading-level="3" view=${args.view} lang=${ifDefined(args.lang || undefined)}></torg-events>`,
};

/** `src`: a partner organisation's iCalendar feed (a weekly series with a moved and a skipped date, a cancelled market). */
export const IcalFeed: Story = {
  args: { src: FEED_URL, view: 'list', days: 60 },
  parameters: {
    msw: {
      handlers: [
        http.get(FEED_URL, () => new HttpResponse(feed, { headers: { 'Content-Type': 'text/calendar' } })),
        ...createHandlers(),
      ],
    },
  },
};

// --- the languages ---------------------------------------------------------------

export const Nynorsk: Story = { args: { lang: 'nn' } };
export const English: Story = { args: { lang: 'en' } };
export const EnglishMonth: Story = { args: { lang: 'en', view: 'month' } };

// --- the states ------------------------------------------------------------------

/** Waiting for the API: a busy skeleton that holds the space. */
export const Loading: Story = { parameters: scenario('loading') };

/** No events in the range: "Ingen arrangementer fra … til …". */
export const Empty: Story = { parameters: scenario('empty') };

/** No events this month: "Ingen arrangementer i desember". */
export const EmptyMonth: Story = { args: { view: 'month' }, parameters: scenario('empty') };

/** The API fails: plain words and a retry button. */
export const Error: Story = { parameters: scenario('server-error') };

/** The service cannot be reached. */
export const NetworkError: Story = { parameters: scenario('network-error') };

/** Some events could not be read: the rest are shown, with a notice. */
export const PartlyInvalid: Story = { parameters: scenario('partly-invalid') };

// --- data from code --------------------------------------------------------------

function example(days: number, hour: string, title: string, extra: Partial<TorgEvent> = {}): TorgEvent {
  const date = addDays(today(), days);
  return {
    id: `demo-${days}-${hour}`,
    title,
    start: `${date}T${hour}:00+01:00`,
    end: `${date}T${String(Number(hour.slice(0, 2)) + 2).padStart(2, '0')}${hour.slice(2)}:00+01:00`,
    categories: ['kultur'],
    audience: ['alle'],
    location: { name: 'Eksempelhuset', address: 'Eksempelveien 1, 1384 Asker' },
    ...extra,
  };
}

/** The `data` property: events from code, no request. Includes a cancelled event and a hostile title shown as text. */
export const DataProperty: Story = {
  render: () =>
    html`<torg-events
      lang="nb"
      .data=${[
        example(0, '18:00', 'Allsang i kantina', { price: '50 kr', registrationUrl: 'https://example.org/pamelding' }),
        example(1, '12:00', 'Julemarked', { cancelled: true, description: 'Avlyst på grunn av uvær.' }),
        example(2, '17:00', '<img src=x onerror="alert(1)"> vises som tekst'),
        example(3, '10:00', 'Ukentlig strikkekafé', { rrule: 'FREQ=WEEKLY;COUNT=6' }),
      ]}
    ></torg-events>`,
};

/** Theming with `--torg-*` custom properties. */
export const Themed: Story = {
  render: () =>
    html`<torg-events
      lang="nb"
      class="themed"
      style="--torg-color-primary: #5a2a82; --torg-events-accent: #5a2a82; --torg-radius: 0; --torg-font-family: Georgia, serif"
    ></torg-events>`,
};

/** On a phone (320 px). */
export const Narrow: Story = {
  args: { view: 'month' },
  render: (args) => html`<div style="max-width: 320px">${meta.render!(args, {} as never)}</div>`,
};

/** A refresh fails (`scenario('stale')`): the data stay on screen, with a notice and a retry. */
export const Stale: Story = staleStory('torg-events');
