import { html, type PropertyValues, type TemplateResult } from 'lit';
import { TorgError, isTorgError } from '../../contract/errors.js';
import type { Committee, Meeting } from '../../contract/schemas.js';
import { checkCommittee, getCommittee, getMeetings, type CommitteeAnswer } from '../../core/api/committees.js';
import { DataController } from '../../core/data-controller.js';
import { TorgElement } from '../../core/torg-element.js';
import { firstScreen } from '../../core/first-screens/torg-innspill.js';
import { ViewLoader } from '../../core/view-loader.js';
import { nextMeeting } from '../../domain/meeting-times.js';
import { osloDate } from '../../domain/oslo-time.js';
import { innspillCatalog } from './messages/index.js';
import { catalogs, createView, styles } from './torg-innspill.view.js';

/**
 * What a render needs, worked out before it (see `willUpdate`).
 * @internal For the element's own modules (its view); not part of the package's API.
 */
export interface Shown {
  /** The committee's id: the proposal goes to it (`committee`, else the data's). */
  id: string;
  /** The committee's name ("Lokalsamfunnsutvalget på Tofte"). */
  name: string;
  /** Its next meeting: `undefined` while unknown (not loaded, or could not be), `null` when none is set. */
  next: Meeting | null | undefined;
}

/** The intro, three fields, the description's box, the group about the person and the button. */
const FIELDS = [0, 1, 2];

/**
 * A citizen raises a matter with a lokalsamfunnsutvalg: a title, a
 * description, optionally a place, and — if they want an answer — a name
 * and an e-mail address (anonymous is allowed and said plainly), with
 * consent. Under the form: what happens next — the council decides whether
 * to take it up, its meetings are public (the next one, and a link to the
 * agenda). Everything typed is kept on the device until it is received; it
 * is sent once with an `Idempotency-Key` and retried without losing a
 * character.
 *
 * @tagname torg-innspill
 * @summary Raise a matter with a council: a form, anonymous allowed, and what happens next.
 *
 * @fires {CustomEvent<{ id: string }>} torg-proposal - A proposal was received; `id` is its reference.
 *
 * @csspart heading - The heading ("Send et innspill til …").
 * @csspart form - The form.
 * @csspart field - A form field (label, hint, control, problem).
 * @csspart error-summary - The problems to fix before sending.
 * @csspart anonymous - The line that says it is sent anonymously.
 * @csspart submit - The send button.
 * @csspart status - Sending, trying again, waiting for the network.
 * @csspart next - What happens next, with the next meeting and the link to the agenda.
 * @csspart agenda - The link to the council's meetings and agendas.
 * @csspart received - The thanks after sending.
 */
export class TorgInnspill extends TorgElement {
  /**
   * Lit's reactive properties, each documented where it is declared below.
   * @internal
   */
  static override properties = {
    committee: {},
    agendaUrl: { attribute: 'agenda-url' },
    data: { attribute: false },
  };

  /** @internal */
  static override firstScreen = firstScreen;

  /** The committee's id, e.g. `tofte-lsu` (required). */
  committee = '';

  /** The page with the council's meetings and agendas (`<torg-agenda>`): linked under "what happens next". */
  agendaUrl = '';

  /**
   * The committee (`Committee` as from `GET /committees/{id}`) to name instead of asking the API; checked like
   * an API answer. Proposals are still sent to the API, for `committee` (default: the data's id).
   */
  data?: Committee;

  /** The committee: its name for the heading (an unknown one is said as such). */
  readonly #source = new DataController<CommitteeAnswer, readonly [string, Committee | undefined]>(this.host, {
    args: () => (this.committee || this.data ? [this.committee, this.data] : undefined),
    load: async ([committee, data], { api }) => {
      const context = data ? undefined : api();
      return context ? getCommittee(context, committee) : checkCommittee(data, 'data');
    },
  });

  /** Its next meeting, once the committee is there: a line under the form (none when it cannot be read). */
  readonly #meetings = new DataController<{ next: Meeting | null }, readonly [string]>(this.host, {
    args: () => (this.#source.value && !this.data ? [this.committee] : undefined),
    load: async ([committee], { api }) => {
      const { items } = await getMeetings(api(), committee, { from: osloDate(Date.now()) });
      return { next: nextMeeting(items, Date.now()) ?? null };
    },
  });

  readonly #ui = new ViewLoader(this.host, { createView, styles, catalogs });

  /** What the next render shows (worked out in `willUpdate`). */
  #shown?: Shown;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const committee = this.#source.value?.committee;
    this.#shown = committee && {
      id: this.committee || committee.id,
      name: committee.name,
      next: this.#meetings.value?.next,
    };
  }

  // --- rendering ---------------------------------------------------------------

  protected override renderContent(): unknown {
    if (!this.committee && !this.data) {
      return this.host.renderError(new TorgError('config', this.host.core.missingAttribute('committee')));
    }
    return this.#ui.render((v) =>
      this.host.renderData(this.#source, {
        loaded: () => (this.#shown ? v.render(this.#shown) : this.renderSkeleton()),
        errorMessage: (error) =>
          isTorgError(error) && error.kind === 'not-found'
            ? this.host.text(innspillCatalog).unknownCommittee(this.committee)
            : undefined,
      }),
    );
  }

  /** The heading, the intro and the form's fields, as bars of their sizes. */
  protected override renderSkeleton(): TemplateResult {
    return html`<div class="skeleton innspill" aria-hidden="true">
      <div class="bar heading"></div>
      <div class="bar"></div>
      ${FIELDS.map(() => html`<div class="bar field"></div>`)}
      <div class="bar text"></div>
      <div class="bar field"></div>
      <div class="bar button"></div>
    </div>`;
  }
}
