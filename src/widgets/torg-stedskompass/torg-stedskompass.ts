import { html, type TemplateResult } from 'lit';
import { TorgError } from '../../contract/errors.js';
import type { StedskompassResults } from '../../contract/schemas.js';
import { DataController } from '../../core/data-controller.js';
import { TorgElement } from '../../core/torg-element.js';
import { firstScreen } from '../../core/first-screens/torg-stedskompass.js';
import { ViewLoader } from '../../core/view-loader.js';
import type { ReadResults } from '../../domain/compass.js';
import { catalogs, createView, styles } from './torg-stedskompass.view.js';

/** The first two themes. */
const SURVEY_CARDS = [0, 1];
/** The caption, the column headers and the 14 themes. */
const TABLE_ROWS = [...Array(16).keys()];

/**
 * The Place Standard survey ("Stedskompasset") for one area: all 14 themes
 * on one page, each scored 1–7 with two optional texts, and the area's
 * results as a compass chart with a table of the same numbers.
 *
 * The answers are kept as a draft in `localStorage` per area while the person
 * answers (restored after a reload, cleared after sending). Sending uses one
 * `Idempotency-Key` per submission, retries network errors and 5xx answers,
 * waits for the network when offline, and shows the API's field errors at
 * the fields. Answers on their way belong to the area they were written for:
 * changing `area` meanwhile never touches another area's draft. Sending does
 * not rely on the browser submitting a form, so it works in a sandboxed
 * `<iframe>` too.
 *
 * The survey comes with the element; sending (with the API client) is
 * fetched as soon as the person starts answering, and the results (the
 * compass and the table) when they are first shown.
 *
 * @tagname torg-stedskompass
 * @summary The 14-theme place survey and its compass chart.
 *
 * @fires {CustomEvent<{ id: string }>} torg-submit - The answers were received; `id` is the stored response's id.
 *
 * @csspart intro - The heading and introduction.
 * @csspart progress - The progress line ("3 av 14 besvart") with the theme index; it stays in view on wide,
 *   tall screens (sticky) and scrolls with the form on phones.
 * @csspart index - The theme index.
 * @csspart form - The survey form.
 * @csspart error-summary - The list of problems to fix before sending.
 * @csspart theme - One theme's group (fieldset).
 * @csspart scale - The 1–7 radio group of a theme.
 * @csspart submit - The send button.
 * @csspart start-over - The "start over" button.
 * @csspart status - Sending, trying again, waiting for the network.
 * @csspart dialog - The "start over?" dialog.
 * @csspart thanks - The thank-you message after sending.
 * @csspart results - The results view.
 * @csspart compass - The compass chart (hidden from assistive technology; the table has every value).
 * @csspart legend - The chart's legend.
 * @csspart table - The table of results.
 *
 * @cssprop --torg-stedskompass-mean-color - The area's average in the chart (default: the primary colour).
 * @cssprop --torg-stedskompass-own-color - The person's own answers in the chart.
 * @cssprop --torg-stedskompass-chart-max-width - The largest width of the chart (default 40em).
 * @cssprop --torg-stedskompass-sticky-top - Where the sticky progress line stops, below a page's own sticky
 *   header (default 0).
 */
export class TorgStedskompass extends TorgElement {
  /**
   * Lit's reactive properties, each documented where it is declared below.
   * @internal
   */
  static override properties = {
    area: {},
    results: { type: Boolean, reflect: true },
    data: { attribute: false },
  };

  /** @internal */
  static override firstScreen = firstScreen;

  /** The torg or area the answers are about (required). */
  area = '';

  /** Show the area's results (the compass and the table) instead of the survey. */
  results = false;

  /** Results to show instead of `GET /stedskompass/results` (also after sending). */
  data?: StedskompassResults;

  /** The area's results: asked for when shown, and again after each submission (they include it then). */
  readonly #source = new DataController<
    ReadResults,
    readonly [string, StedskompassResults | undefined, string | undefined]
  >(this.host, {
    args: () => {
      const sent = this.#ui.view?.sent;
      return this.area && (this.results || sent) ? [this.area, this.data, sent?.id] : undefined;
    },
    load: async ([area, data], { api }) => {
      if (data !== undefined) {
        // Read as the chart reads it (with it in the results' chunk): the survey never needs it.
        const { normalizeResults } = await import('../../domain/compass.js');
        const read = normalizeResults(data);
        if (!read) throw new TorgError('invalid-data', 'data: not Stedskompass results');
        return read;
      }
      const context = api();
      const { getStedskompassResults } = await import('../../core/api/stedskompass.js');
      // Always from the server: the answers (the person's own too) change the numbers.
      return { results: await getStedskompassResults({ ...context, revalidate: true }, area), skipped: 0 };
    },
    isEmpty: ({ results }) => results.responses === 0 || results.themes.length === 0,
  });

  readonly #ui = new ViewLoader(this.host, { createView, styles, catalogs });

  // --- rendering ---------------------------------------------------------------

  protected override renderContent(): unknown {
    if (!this.area) return this.host.renderConfigError(this.host.core.missingAttribute('area'));
    return this.#ui.render((v) => {
      if (this.results) return v.renderResults(this.#source);
      const sent = v.sent;
      return sent ? html`${v.renderThanks()} ${v.renderResults(this.#source, sent.own)}` : v.renderSurvey();
    });
  }

  /** Bars of the sizes of what comes: the survey's heading, introduction and first themes, or the results. */
  protected override renderSkeleton(): TemplateResult {
    if (this.results || this.#ui.view?.sent) {
      return html`<div class="skeleton" aria-hidden="true">
        <div class="bar heading"></div>
        <div class="bar"></div>
        <div class="bar chart"></div>
        ${TABLE_ROWS.map(() => html`<div class="bar"></div>`)}
      </div>`;
    }
    return html`<div class="skeleton" aria-hidden="true">
      <div class="bar heading"></div>
      <div class="bar"></div>
      <div class="bar"></div>
      <div class="bar"></div>
      ${SURVEY_CARDS.map(() => html`<div class="bar card"></div>`)}
    </div>`;
  }
}
