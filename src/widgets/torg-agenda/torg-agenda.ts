import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController } from '../../core/data-controller.js';
import type { Catalog } from '../../core/i18n.js';
import type { Meeting } from '../../contract/schemas.js';
import { TorgElement } from '../../core/torg-element.js';
import type * as AgendaLogic from './agenda-controller.js';
import type { AgendaArgs, AgendaController, AgendaData } from './agenda-controller.js';

type Logic = typeof AgendaLogic;

/**
 * The logic, templates, styles and texts (`agenda-controller.ts` and what it
 * imports) are loaded on demand, in parallel with the API client and before
 * the first request: Lit and the shared core take most of the element's
 * 15 kB up-front budget, and nothing but the loading state can be drawn
 * before the data is there anyway.
 */
let logic: Logic | undefined;
const loadLogic = (): Promise<Logic> =>
  import(/* torg:inline-in-bundle */ './agenda-controller.js').then((module) => (logic = module));

/**
 * Meetings of a lokalsamfunnsutvalg (a local community council): the coming
 * ones and the latest held, each with its weekday and date, time (Oslo
 * time), place, status and a calendar file. Opened, a meeting shows its
 * agenda, documents and minutes, fetched only then. Closed items say so with
 * their legal basis and never show their title, decision or documents, even
 * when the API sends them. Prints like a paper agenda.
 *
 * @tag torg-agenda
 * @summary A committee's meetings with agendas, documents and minutes.
 *
 * @attr committee - The committee's id, e.g. `tofte-lsu` (required unless `meeting` or `data` is set).
 * @attr meeting - One meeting's id: that meeting in full (agenda, documents, minutes) instead of the list.
 * @attr upcoming - How many upcoming meetings to show (default 3; 0 hides them).
 * @attr past - How many past meetings to show, and how many more each "Vis eldre møter" adds (default 3; 0 hides them).
 * @attr api-base - Base URL of the municipal API (default: the page's `torg:api-base` meta tag).
 * @attr lang - `nb` (default), `nn` or `en`; when absent, the nearest ancestor's `lang`.
 *
 * @csspart section - The upcoming and the past meetings.
 * @csspart list - A list of meetings.
 * @csspart meeting - One meeting.
 * @csspart status - A meeting's status ("Avlyst", "Gjennomført", "Pågår nå").
 * @csspart calendar - The "Legg i kalender" link.
 * @csspart toggle - The button that opens a meeting's agenda and documents.
 * @csspart panel - A meeting's agenda, documents and minutes.
 * @csspart agenda - The agenda (a numbered list of items).
 * @csspart item - One agenda item.
 * @csspart closed - The notice of a closed item and its legal basis.
 * @csspart documents - A list of document links.
 * @csspart more - The "Vis eldre møter" button.
 *
 * @cssprop --torg-agenda-accent - The bar beside each meeting (default: `--torg-color-primary`).
 */
export class TorgAgenda extends TorgElement {
  /** The committee whose meetings are shown, e.g. `tofte-lsu`. */
  @property() committee = '';

  /** One meeting's id: shows that meeting in full instead of the list. */
  @property() meeting = '';

  /** How many upcoming meetings to show (0 hides them). */
  @property({ type: Number }) upcoming = 3;

  /** How many past meetings to show, and how many more each "show older" adds (0 hides them). */
  @property({ type: Number }) past = 3;

  /**
   * The meetings as data (`Meeting[]` as in the API, agendas included), used
   * instead of the API. Checked like an API answer: unreadable meetings are
   * left out with a notice.
   */
  @property({ attribute: false }) data?: Meeting[] | undefined;

  /** Open meetings, loaded details, "show older": created with the logic, reset when the inputs change. */
  private agenda?: AgendaController | undefined;

  /** The meetings: a committee's list, or one meeting in full. */
  readonly meetings = new DataController<AgendaData, AgendaArgs>(this, {
    args: () => (this.committee || this.meeting || this.data ? [this.committee, this.meeting, this.data] : undefined),
    load: async (args, context) => {
      if (!args[2]) void import(/* torg:inline-in-bundle */ '../../core/api.js');
      const { AgendaController } = await loadLogic();
      this.agenda ??= new AgendaController(this);
      return this.agenda.load(args, context, this.locale);
    },
    isEmpty: (value) => value.items.length === 0,
  });

  protected override catalogs(): Catalog<unknown>[] {
    return logic ? [...super.catalogs(), logic.catalog] : super.catalogs();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('committee') || changed.has('meeting') || changed.has('data')) this.agenda = undefined;
  }

  protected override renderContent(): unknown {
    if (!this.committee && !this.meeting && !this.data) {
      return this.renderNotice(this.core.missingAttribute('committee'), 'error');
    }
    return this.renderData(this.meetings, {
      loaded: (value) => html`${this.renderOsloTimeNote()}${this.agenda?.render(value, this.locale)}`,
      empty: () => logic!.texts(this.locale).none,
      skipped: (value) => value.skipped,
      errorMessage: (error) => this.agenda?.errorMessage(error, this.locale, !!this.meeting),
    });
  }
}
