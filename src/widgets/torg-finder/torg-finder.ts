import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { checkItems, getTorgList, type Collection } from '../../core/api.js';
import { DataController } from '../../core/data-controller.js';
import type { Catalog } from '../../core/i18n.js';
import type { Torg } from '../../contract/schemas.js';
import { TorgElement } from '../../core/torg-element.js';
import type { FinderView } from './view.js';

/**
 * Find the right innbyggertorg — by service, by name or place, nearest to
 * me, open now — in a list first, with an optional map.
 *
 * The list view (and its texts and styles) is loaded in parallel with the
 * data, so the element's up-front download stays small; the map and its
 * library only when `map` is set.
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
 * @csspart count - The number of results (also read out politely).
 * @csspart list - The list of torg.
 * @csspart item - One torg in the list; `item selected` when chosen.
 * @csspart select - The button with a torg's name that chooses it.
 * @csspart badge - The "planned" badge.
 * @csspart status - The open-now status line.
 * @csspart map - The map.
 *
 * @cssprop --torg-finder-map-height - Height of the map (default `20em`; `34em` beside the list on wide screens).
 */
export class TorgFinder extends TorgElement {
  /** Preselects services by id (`bibliotek`); several ids may be given, separated by spaces or commas. */
  @property() service = '';

  /** Shows a map with a marker per torg. Its code is loaded only when set. */
  @property({ type: Boolean, reflect: true }) map = false;

  /** Map tiles: a URL template with `{z}`, `{x}` and `{y}`. Default: Kartverket's topographic map. */
  @property() tiles = '';

  /** Credit for custom `tiles` (plain text), shown on the map. */
  @property({ attribute: 'tiles-attribution' }) tilesAttribution = '';

  /** The torg to show, instead of loading them from the API (checked the same way). */
  @property({ attribute: false }) data?: Torg[];

  /** The list view, once its code has loaded. */
  @state() private view?: FinderView;

  private readonly torg = new DataController<Collection<Torg>, readonly [Torg[] | undefined]>(this, {
    args: () => [this.data] as const,
    load: async ([data], { api }) => {
      // The view loads in parallel with the data, and also when the data cannot (its error state is in the view).
      const view = this.loadView();
      const [list] = await Promise.all([data ? checkItems('TorgSchema', data) : getTorgList(api()), view]);
      return list;
    },
    isEmpty: (value) => value.items.length === 0,
  });

  protected override catalogs(): Catalog<unknown>[] {
    return [...super.catalogs(), ...(this.view?.catalogs ?? [])];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.view?.sync(changed);
  }

  protected override renderContent(): unknown {
    const view = this.view;
    if (!view) return this.renderLoading();
    return this.renderData(this.torg, {
      loaded: (value) => view.render(value.items),
      empty: () => view.texts().empty,
      skipped: (value) => value.skipped,
    });
  }

  private async loadView(): Promise<void> {
    if (this.view) return;
    const { FinderView } = await import(/* torg:inline-in-bundle */ './view.js');
    this.view ??= new FinderView(this, {
      locale: () => this.locale,
      announce: (text) => this.announce(text),
      osloTimeNote: () => this.renderOsloTimeNote(),
    });
  }
}
