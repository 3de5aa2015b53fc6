import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { torgFixtures } from '../../mocks/fixtures/torg.js';
import '../../src/widgets/torg-finder/define.js';
import type { TorgFinder } from '../../src/widgets/torg-finder/torg-finder.js';
import { scenario, staleStory, until } from '../helpers.js';

interface Args {
  service: string;
  map: boolean;
  tiles: string;
  'tiles-attribution': string;
  lang: string;
  'api-base': string;
}

/** Somewhere in Asker sentrum (example position). */
const ASKER = { latitude: 59.8372, longitude: 10.4332, accuracy: 30 };

/** Replaces `navigator.geolocation` for one story; the returned function restores it. */
function fakeGeolocation(answer: 'position' | 'denied'): () => void {
  const geolocation = {
    getCurrentPosition(ok: PositionCallback, fail?: PositionErrorCallback | null) {
      setTimeout(() => {
        if (answer === 'position') ok({ coords: ASKER, timestamp: Date.now() } as unknown as GeolocationPosition);
        else fail?.({ code: 1, message: 'User denied Geolocation', PERMISSION_DENIED: 1 } as GeolocationPositionError);
      }, 400);
    },
  };
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: geolocation });
  return () => {
    // Back to the browser's own (the property on the prototype).
    delete (navigator as unknown as Record<string, unknown>).geolocation;
  };
}

/** The element of a story, once its list has loaded. */
async function loaded(canvas: HTMLElement): Promise<TorgFinder> {
  const el = canvas.querySelector('torg-finder')!;
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('[part~="controls"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return el;
}

async function search(canvas: HTMLElement, text: string): Promise<void> {
  const el = await loaded(canvas);
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Types into the place field and waits for its suggestions; `choose` then takes the first with Enter. */
async function typePlace(canvas: HTMLElement, text: string, choose = false): Promise<void> {
  const el = await loaded(canvas);
  const input = await until(
    () => el.shadowRoot!.querySelector<HTMLInputElement>('[part~="place-search"]'),
    'the place field',
  );
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  if (!choose) return;
  await until(() => el.shadowRoot!.querySelector('[role="option"]'), 'the suggestions');
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
}

async function pressNearest(canvas: HTMLElement): Promise<void> {
  const el = await loaded(canvas);
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="nearest"]')!.click();
}

const meta: Meta<Args> = {
  title: 'Widgets/Finder',
  component: 'torg-finder',
  args: { service: '', map: false, tiles: '', 'tiles-attribution': '', lang: 'nb', 'api-base': '' },
  argTypes: {
    service: { control: 'text', description: 'Preselected services: ids separated by spaces or commas' },
    map: { control: 'boolean' },
    tiles: { control: 'text', description: 'Tile URL template; empty: Kartverket' },
    'tiles-attribution': { control: 'text' },
    lang: { control: 'inline-radio', options: ['', 'nb', 'nn', 'en'] },
    'api-base': { control: 'text' },
  },
  render: (args) =>
    html`<torg-finder
      service=${args.service || nothing}
      ?map=${args.map}
      tiles=${args.tiles || nothing}
      tiles-attribution=${args['tiles-attribution'] || nothing}
      lang=${args.lang || nothing}
      api-base=${args['api-base'] || nothing}
    ></torg-finder>`,
  parameters: {
    docs: {
      description: {
        component:
          'Find the right innbyggertorg: by service, by name or place, nearest to me, open now — a list first, with an optional map. Example data, not the municipality’s real hours or contacts.',
      },
    },
  },
};

export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

export const Default: Story = {};

/** `service="byggesak"`: only the torg with building-application guidance, with that service's own hours. */
export const Filtered: Story = { args: { service: 'byggesak' } };

/** Several services at once (`service="bibliotek, kulturskole"`): torg with at least one of them. */
export const SeveralServices: Story = { args: { service: 'bibliotek, kulturskole' } };

/** Typed without Norwegian letters: `saetre` finds Sætre. */
export const Searched: Story = {
  play: async ({ canvasElement }) => search(canvasElement, 'saetre'),
};

/** "Find the nearest" with a (mocked) position in Asker sentrum: sorted by distance, distances shown. */
export const Nearest: Story = {
  beforeEach: () => fakeGeolocation('position'),
  play: async ({ canvasElement }) => pressNearest(canvasElement),
};

/**
 * The user says no to sharing the position: a plain message, and focus moves to the field "Adresse, sted eller
 * postnummer", which the message describes.
 */
export const DeniedGeolocation: Story = {
  beforeEach: () => fakeGeolocation('denied'),
  play: async ({ canvasElement }) => pressNearest(canvasElement),
};

/** Typing in the place field (the mock API's `GET /places`): suggestions after a short pause, the count read out. */
export const PlaceSuggestions: Story = {
  play: async ({ canvasElement }) => typePlace(canvasElement, 'voll'),
};

/** "Vollen" chosen: the torg sorted by distance from Vollen, and it says so ("Avstand fra Vollen"). */
export const NearestToPlace: Story = {
  play: async ({ canvasElement }) => typePlace(canvasElement, 'Vollen', true),
};

/** A place the search does not know: says so in plain words. */
export const PlaceNotFound: Story = {
  play: async ({ canvasElement }) => typePlace(canvasElement, 'Drammen'),
};

/** An API without the optional `GET /places` (its HEAD answers 404): no place field, the rest as usual. */
export const WithoutPlaceSearch: Story = { parameters: scenario('without-optional') };

/** No place search and no position: the message points to the finder's own search instead. */
export const DeniedWithoutPlaceSearch: Story = {
  parameters: scenario('without-optional'),
  beforeEach: () => fakeGeolocation('denied'),
  play: async ({ canvasElement }) => pressNearest(canvasElement),
};

/** `map`: the map (loaded only then), markers in list order, keyboard-operable. */
export const WithMap: Story = { args: { map: true } };

/** With the map and a position: the user's position on the map too. */
export const WithMapAndNearest: Story = {
  args: { map: true },
  beforeEach: () => fakeGeolocation('position'),
  play: async ({ canvasElement }) => pressNearest(canvasElement),
};

/** A torg that is not open yet carries a "Planlagt" badge. */
export const PlannedTorg: Story = {
  play: async ({ canvasElement }) => search(canvasElement, 'Holmen'),
};

/** The search matches nothing: says so, with a way back to all torg. */
export const EmptyResult: Story = {
  play: async ({ canvasElement }) => search(canvasElement, 'Drammen'),
};

/** A preselected service no torg offers: "no torg offers …" and a way to clear the filter. */
export const NoTorgForService: Story = { args: { service: 'svommehall' } };

/** The torg as a `data` property (no API call). */
export const DataProperty: Story = {
  render: () => html`<torg-finder .data=${torgFixtures.slice(0, 3)}></torg-finder>`,
};

/** `heading-level="3"`: the entries' headings one level below it (`h4`), for a page whose section is an `h2`. */
export const HeadingLevel: Story = {
  render: () => html`<torg-finder heading-level="3" service="bibliotek"></torg-finder>`,
};

export const Nynorsk: Story = { args: { lang: 'nn', service: 'bibliotek' } };

export const English: Story = { args: { lang: 'en', service: 'bibliotek' } };

export const Loading: Story = { parameters: scenario('loading') };

/** The API has no torg at all. */
export const Empty: Story = { parameters: scenario('empty') };

export const ErrorState: Story = { name: 'Error', parameters: scenario('server-error') };

/** Some torg in the answer could not be read: the rest are shown, with a notice. */
export const PartlyInvalid: Story = { parameters: scenario('partly-invalid') };

/** A refresh fails (`scenario('stale')`): the data stay on screen, with a notice and a retry. */
export const Stale: Story = staleStory('torg-finder');
