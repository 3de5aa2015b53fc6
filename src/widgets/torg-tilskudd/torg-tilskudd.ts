import { html, type PropertyValues, type TemplateResult } from 'lit';
import { TorgError, isTorgError } from '../../contract/errors.js';
import type { Funds } from '../../contract/schemas.js';
import { checkFunds, getFunds, type FundsAnswer } from '../../core/api/funds.js';
import { DataController } from '../../core/data-controller.js';
import { TorgElement } from '../../core/torg-element.js';
import { firstScreen } from '../../core/first-screens/torg-tilskudd.js';
import { ViewLoader } from '../../core/view-loader.js';
import {
  applicationWindow,
  isEmptyYear,
  percentGranted,
  summarize,
  yearChoices,
  yearOf,
  type ApplicationWindow,
  type FundsSummary,
} from '../../domain/funds.js';
import { osloDate } from '../../domain/oslo-time.js';
import { tilskuddCatalog } from './messages/index.js';
import { catalogs, createView, styles } from './torg-tilskudd.view.js';

/**
 * Everything a render needs, worked out before it (see `willUpdate`).
 * @internal For the element's own modules (its view); not part of the package's API.
 */
export interface Shown {
  /** The committee: applications go to it (`committee`, else the funds'). */
  committee: string;
  funds: Funds;
  summary: FundsSummary;
  /** The share granted, as a whole percentage. */
  percent: number;
  /** Whether an application can be sent today, and the deadline. */
  window: ApplicationWindow;
  /** The year shown is this year (applying is for this year only). */
  thisYear: boolean;
}

/** The table's head and four grants. */
const GRANT_ROWS = [0, 1, 2, 3, 4];
/** The form's heading, its first fields and a text area. */
const FORM_ROWS = [0, 1, 2, 3];

/**
 * A lokalsamfunnsutvalg's money in the open: the year's budget, what it has
 * granted so far and what is left (a bar, and the numbers written out), the
 * grants decided — recipient, purpose, amount, date and a link to the
 * meeting that decided it — sortable by date and amount, its guidelines and
 * criteria, and earlier years. When the council takes applications, a form
 * to apply (loaded when asked for): contact, what for, the amount (a
 * warning, never a block, when it is more than is left), optional budget
 * lines that add up, consent; kept on the device until sent, sent once
 * with an `Idempotency-Key` and retried without losing a character.
 *
 * @tagname torg-tilskudd
 * @summary A council's budget, its grants and guidelines, and an application form.
 *
 * @fires {CustomEvent<{ id: string }>} torg-apply - An application was received; `id` is its reference.
 *
 * @csspart heading - The heading ("Utvalgets midler i 2026").
 * @csspart year - The year switch.
 * @csspart sums - The budget, what is granted and what is left.
 * @csspart meter - The bar of what is granted (its text follows it).
 * @csspart grants - The table of grants.
 * @csspart sort - A column's sort button.
 * @csspart meeting - A link to the meeting where a grant was decided.
 * @csspart guidelines - The guidelines and criteria.
 * @csspart apply - The section about applying (deadline, or closed).
 * @csspart form - The application form.
 * @csspart field - A form field (label, hint, control, problem).
 * @csspart error-summary - The problems to fix before sending.
 * @csspart submit - The send button.
 * @csspart status - Sending, trying again, waiting for the network.
 * @csspart received - The confirmation after sending.
 *
 * @cssprop --torg-tilskudd-meter-color - The granted part of the bar (default: the primary colour).
 */
export class TorgTilskudd extends TorgElement {
  /**
   * Lit's reactive properties, each documented where it is declared below.
   * @internal
   */
  static override properties = {
    committee: {},
    year: { type: Number },
    meetingUrl: { attribute: 'meeting-url' },
    data: { attribute: false },
  };

  /** @internal */
  static override firstScreen = firstScreen;

  /** The committee's id, e.g. `tofte-lsu` (required). */
  committee = '';

  /** The year shown (default: this year); the year switch changes it. */
  year?: number;

  /**
   * Where a meeting is shown, with `{id}` for the meeting's id: the page with `<torg-agenda meeting="…">`, e.g.
   * `/tofte/moter?meeting={id}`. With it, each grant's date links to the meeting that decided it.
   */
  meetingUrl = '';

  /**
   * The funds of one year (`Funds` as from `GET /committees/{id}/funds`) to show instead of asking the API;
   * checked like an API answer. Applications are still sent to the API.
   */
  data?: Funds;

  readonly #source = new DataController<FundsAnswer, readonly [string, number, Funds | undefined]>(this.host, {
    args: () => (this.committee || this.data ? [this.committee, this.#shownYear(), this.data] : undefined),
    load: async ([committee, year, data], { api }) => {
      const context = data ? undefined : api();
      return context ? getFunds(context, committee, year) : checkFunds(data, 'data');
    },
    isEmpty: ({ funds }) => isEmptyYear(funds),
  });

  readonly #ui = new ViewLoader(this.host, { createView, styles, catalogs });

  /** What the next render shows (worked out in `willUpdate`). */
  #shown?: Shown;

  /** The years the API has funds for, kept across years (the switch keeps them while another year loads). */
  #years?: number[];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('committee') || changed.has('data')) this.#years = undefined;
    const funds = this.#source.value?.funds;
    if (funds?.years?.length) this.#years = funds.years;
    this.#shown = funds ? this.#work(funds) : undefined;
  }

  /** The year shown: the `data`'s, else the `year` asked for, else this year (Oslo time). */
  #shownYear(): number {
    return this.data ? yearOf(this.data.year, this.#thisYear()) : yearOf(this.year, this.#thisYear());
  }

  #thisYear(): number {
    return Number(osloDate(Date.now()).slice(0, 4));
  }

  #work(funds: Funds): Shown {
    const summary = summarize(funds);
    return {
      committee: this.committee || funds.committeeId,
      funds,
      summary,
      percent: percentGranted(summary),
      window: applicationWindow(funds, osloDate(Date.now())),
      thisYear: funds.year === this.#thisYear(),
    };
  }

  // --- rendering ---------------------------------------------------------------

  protected override renderContent(): unknown {
    if (!this.committee && !this.data) {
      return this.host.renderError(new TorgError('config', this.host.core.missingAttribute('committee')));
    }
    const year = this.#shownYear();
    const thisYear = this.#thisYear();
    // Data given by the page is one year: there is nothing to switch to.
    const years = this.data ? [year] : yearChoices(this.#years, year, thisYear);
    return this.#ui.render((v) => {
      const t = this.host.text(tilskuddCatalog);
      return html`${v.renderHeader(year, years)}
      ${this.host.renderData(this.#source, {
        loaded: () => (this.#shown ? v.render(this.#shown) : this.renderSkeleton()),
        empty: ({ funds }) => t.emptyYear(funds.year, funds.year === thisYear),
        skipped: ({ skipped }) => skipped,
        errorMessage: (error) =>
          isTorgError(error) && error.kind === 'not-found' ? t.unknownCommittee(this.committee) : undefined,
      })}`;
    });
  }

  /**
   * The sums, the bar and its line, and the grants' table, as bars of their sizes; once they are shown,
   * the application form's first fields (while its code comes).
   */
  protected override renderSkeleton(): TemplateResult {
    if (this.#shown) {
      return html`<div class="skeleton form" aria-hidden="true">
        <div class="bar heading"></div>
        ${FORM_ROWS.map(() => html`<div class="bar field"></div>`)}
        <div class="bar text"></div>
      </div>`;
    }
    return html`<div class="skeleton tilskudd" aria-hidden="true">
      <div class="bar sums"></div>
      <div class="bar meter"></div>
      <div class="bar"></div>
      <div class="bar heading"></div>
      ${GRANT_ROWS.map(() => html`<div class="bar row"></div>`)}
    </div>`;
  }
}
