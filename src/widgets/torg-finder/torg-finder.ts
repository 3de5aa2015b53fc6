import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import type { Torg } from '../../contract/schemas.js';
import { TorgSchema } from '../../contract/schemas/torg.js';
import { checkItems, offers, type Collection } from '../../core/api/client.js';
import { getTorgList } from '../../core/api/torg.js';
import { DataController } from '../../core/data-controller.js';
import { TorgElement } from '../../core/torg-element.js';
import { firstScreen } from '../../core/first-screens/torg-finder.js';
import { ViewLoader } from '../../core/view-loader.js';
import { catalogs, createView, styles } from './torg-finder.view.js';

/** The bars of the controls (label, field, hint, filter, "open now", button, hint) and of an entry. */
const CONTROL_BARS = ['short', 'field', '', 'short', 'short', 'field', ''];
const ENTRY_BARS = ['short', '', '', '', '', ''];
/** With the controls, three entries fill the first screen of a phone. */
const SKELETON_ENTRIES = [0, 1, 2];

/**
 * The torg, and whether the API offers the place search (`GET /places`, optional).
 * @internal For the element's own modules (its view); not part of the package's API.
 */
export type FinderData = Collection<Torg> & { places: boolean };

/**
 * Find the right innbyggertorg — by service, by name or place, nearest to
 * me, open now — in a list first, with an optional map.
 *
 * "Nearest to me" sorts by distance from the user's position (asked of the
 * browser only on a press), or — when the API offers `GET /places` (one
 * `HEAD`, in parallel with the torg) — from an address, place or postcode
 * chosen in a search field with suggestions.
 *
 * The controls and the list come with the element; the map and its library
 * are loaded only when `map` is set, what "nearest to me" does when the
 * person is about to use the widget (the position is still asked for only on
 * a press), and the place search's on the first visit to its field.
 *
 * @tagname torg-finder
 * @summary Lists every torg with address, services, open-now status and contacts; filter by service, search by name or place, sort by distance from the user, and show them on a map.
 *
 * @fires torg-select - The user chose a torg (its name in the list or its marker on the map). `detail: { torgId }`.
 *
 * @csspart controls - The search, the service filter and the "nearest" button.
 * @csspart search - The search field.
 * @csspart services - The service filter (a group of checkboxes).
 * @csspart nearest - The "find the nearest" button.
 * @csspart place - The place search: label, field, suggestions and hint (only when the API offers `/places`).
 * @csspart place-search - The field "Adresse, sted eller postnummer" (a combobox).
 * @csspart suggestions - Its list of suggestions (a listbox).
 * @csspart origin - "Avstand fra Vollen": where the distances are measured from.
 * @csspart count - The number of results (also read out politely).
 * @csspart list - The list of torg.
 * @csspart item - One torg in the list; `item selected` when chosen.
 * @csspart select - The button with a torg's name that chooses it.
 * @csspart badge - The "planned" badge.
 * @csspart status - The open-now status line.
 * @csspart map - The map.
 *
 * @cssprop --torg-finder-map-height - Height of the map (default `20em`, at most 75% of the window's height; `34em` beside the list on wide screens).
 */
export class TorgFinder extends TorgElement {
  /**
   * Lit's reactive properties, each documented where it is declared below.
   * @internal
   */
  static override properties = {
    service: {},
    map: { type: Boolean, reflect: true },
    tiles: {},
    tilesAttribution: { attribute: 'tiles-attribution' },
    data: { attribute: false },
  };

  /** @internal */
  static override firstScreen = firstScreen;

  /** The skeleton's shape (shown before the view and its styles are there). */
  static override styles = [
    ...TorgElement.styles,
    css`
      .finder-skeleton,
      .finder-skeleton > div {
        display: grid;
        gap: var(--_space-3);
      }
      .finder-skeleton {
        gap: var(--_space-4);
      }
      .finder-skeleton > div {
        padding: var(--_space-4);
        border: 1px solid var(--_color-border-subtle);
        border-radius: var(--_radius);
      }
      .finder-skeleton .field {
        width: 100%;
        height: 2.75em;
      }
      .finder-skeleton .short {
        width: 45%;
        height: 1.4em;
      }
    `,
  ];

  /** Preselects services by id (`bibliotek`); several ids may be given, separated by spaces or commas. */
  service = '';

  /** Shows a map with a marker per torg. Its code is loaded only when set. */
  map = false;

  /** Map tiles: a URL template with `{z}`, `{x}` and `{y}`. Default: Kartverket's topographic map. */
  tiles = '';

  /** Credit for custom `tiles` (plain text), shown on the map. */
  tilesAttribution = '';

  /** The torg to show, instead of loading them from the API (checked the same way). */
  data?: Torg[];

  readonly #torg = new DataController<FinderData, readonly [Torg[] | undefined]>(this.host, {
    args: () => [this.data] as const,
    load: async ([data], { api }) => {
      if (data) return { ...(await checkItems(TorgSchema, data)), places: false };
      const context = api();
      // Whether to offer the place field is known with the list, so it never pops in later.
      const [torg, places] = await Promise.all([getTorgList(context), offers(context, '/places')]);
      return { ...torg, places };
    },
    isEmpty: (value) => value.items.length === 0,
  });

  readonly #ui = new ViewLoader(this.host, { createView, styles, catalogs });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The rows, their opening states and what to read out, for the data and the person's choices.
    this.#ui.view?.willUpdate(this.#torg.value?.items, this.#torg.value?.places === true);
  }

  protected override renderContent(): unknown {
    return this.#ui.render((v) =>
      this.host.renderData(this.#torg, {
        loaded: () => v.render(),
        empty: () => v.texts().empty,
        skipped: (value) => value.skipped,
      }),
    );
  }

  /** The controls, the count and the first entries, as bars of their sizes. */
  protected override renderSkeleton(): TemplateResult {
    return html`<div class="skeleton finder-skeleton" aria-hidden="true">
      <div>${CONTROL_BARS.map((size) => html`<div class="bar ${size}"></div>`)}</div>
      <p class="bar"></p>
      ${SKELETON_ENTRIES.map(() => html`<div>${ENTRY_BARS.map((size) => html`<div class="bar ${size}"></div>`)}</div>`)}
    </div>`;
  }
}
