import { html, type PropertyValues, type TemplateResult } from 'lit';
import { isTorgError } from '../../contract/errors.js';
import type { Committee } from '../../contract/schemas.js';
import type { ApiContext } from '../../core/api/client.js';
import { checkCommittee, getCommittee } from '../../core/api/committees.js';
import { getTorg } from '../../core/api/torg.js';
import type { Locale } from '../../core/config.js';
import { DataController } from '../../core/data-controller.js';
import { emit, type CompositionRuleDetail, type TorgCompositionDetail } from '../../core/events.js';
import { TorgElement } from '../../core/torg-element.js';
import { firstScreen } from '../../core/first-screens/torg-committee.js';
import { ViewLoader } from '../../core/view-loader.js';
import { checkComposition, referenceDate, type CompositionResult, type RuleResult } from '../../domain/composition.js';
import { osloDate } from '../../domain/oslo-time.js';
import { committeeCatalog, ruleMessage, summaryText } from './messages/index.js';
import { catalogs, createView, styles } from './torg-committee.view.js';

/** The `torg-composition` event's detail: the contract's `{ ok, rules }`, plus the date and the deputies' gender balance. */
export interface TorgCompositionEventDetail extends TorgCompositionDetail {
  /** The reference date of the check (`YYYY-MM-DD`). */
  date: string;
  /** The deputies' gender balance, reported alongside (not part of `ok`); absent when gender balance does not apply. */
  deputies?: CompositionRuleDetail;
  /** Members left out because they could not be read: when above 0, the check may be incomplete. */
  skipped: number;
}

/**
 * The loaded data.
 * @internal For the element's own modules (its view); not part of the package's API.
 */
export interface Loaded {
  committee: Committee;
  /** The torg's name, when it could be read. */
  torgName?: string | undefined;
  /** Members left out because they could not be read. */
  skipped: number;
}

/**
 * The check the next render shows (worked out in `willUpdate`).
 * @internal For the element's own modules (its view); not part of the package's API.
 */
export interface Shown {
  committee: Committee;
  result: CompositionResult;
  /** The `date` attribute, when it is not a date that can be read (today is used). */
  unreadableDate?: string | undefined;
}

/** The skeleton's lines: the header's (torg, term, legal basis, secretariat), the default rules and the deputies' balance, the first members. */
const SKELETON_FACTS = [0, 1, 2, 3, 4, 5];
const SKELETON_RULES = [0, 1, 2, 3, 4, 5, 6];
const SKELETON_MEMBERS = [0, 1, 2];

/**
 * Loads the committee (and its torg's name, a nicety whose failure is
 * ignored). A committee given as data is checked like an API answer. The
 * members are read one by one, like a collection: an unreadable member is
 * left out and counted (a notice says so, and that the check may be
 * incomplete); a committee of the wrong shape, or with no readable member
 * among those sent, gives the error state.
 */
async function load(id: string, data: Committee | undefined, api: () => ApiContext): Promise<Loaded> {
  const ctx = data ? undefined : api();
  const { committee, skipped } = ctx ? await getCommittee(ctx, id) : await checkCommittee(data);
  const torg = ctx && committee.torgId ? await getTorg(ctx, committee.torgId).catch(() => undefined) : undefined;
  return { committee, torgName: torg?.name, skipped };
}

/**
 * The roster of a lokalsamfunnsutvalg (local community council) and its
 * composition check: seats with their minimum counts and age limits, and the
 * statutory gender balance, each shown as met or not met, with what is
 * missing in plain words and who does not count and why.
 *
 * ```html
 * <torg-committee committee="tofte-lsu"></torg-committee>
 * ```
 *
 * The widget asks nothing of any host but the API's: members' photos are
 * shown when they are inline (`data:image/…`) or served by the API's own host,
 * without cookies or referrer; otherwise, and when a photo fails, the
 * member's initials stand in.
 *
 * @tagname torg-committee
 * @summary A council's members grouped by seat, with a composition check that explains itself.
 *
 * @attr committee - The committee id (`GET /committees/{committee}`). Required unless `data` is set.
 * @attr date - Reference date of the check, `YYYY-MM-DD` (default: today in Oslo). An unreadable date shows a notice and today is used.
 * @attr api-base - Base URL of the municipal API.
 * @attr lang - `nb` (default), `nn` or `en`.
 *
 * @prop {Committee | undefined} data - The committee itself (the API's `Committee`); when set, the API is not called. It is validated like an API answer.
 *
 * @fires torg-composition - After each check (new data, another date or language): `detail: { ok, rules: { id, ok, required, actual, message }[], date, deputies? }`. Rule ids: `ungdom`, `velforening`, `naeringsliv`, `frivillighet`, `uavhengig` (or the committee's own seats), `kjonnsbalanse`. `deputies` is the deputies' gender balance, reported alongside and not part of `ok`.
 *
 * @csspart header - The committee's name, torg, term, legal basis and secretariat.
 * @csspart check - The composition check.
 * @csspart summary - The check's summary line.
 * @csspart rule - One rule of the check.
 * @csspart rule-met - A rule that is met.
 * @csspart rule-missing - A rule that is not met.
 * @csspart rule-unverified - A rule that cannot be verified (unknown ages).
 * @csspart roster - The members, grouped by seat.
 * @csspart group - One group of the roster (a seat, the deputies, former and future members).
 * @csspart member - One member, or a vacant seat.
 * @csspart vacant - A vacant seat ("Ledig plass").
 * @csspart photo - A member's photo, or their initials.
 *
 * @cssprop --torg-committee-photo-size - Size of the members' photos (default 3.5em).
 */
export class TorgCommittee extends TorgElement {
  /**
   * Lit's reactive properties, each documented where it is declared below.
   * @internal
   */
  static override properties = {
    committee: {},
    date: {},
    data: { attribute: false },
  };

  /** @internal */
  static override firstScreen = firstScreen;

  /** The committee id. */
  committee?: string;

  /** Reference date of the check (`YYYY-MM-DD`); default today in Oslo. */
  date?: string;

  /** The committee as data; used instead of the API when set. */
  data?: Committee;

  readonly #source = new DataController<Loaded, readonly [string, Committee | undefined]>(this.host, {
    args: () => {
      const id = this.committee?.trim() ?? '';
      return id || this.data ? ([id, this.data] as const) : undefined;
    },
    load: ([id, data], { api }) => load(id, data, api),
    isEmpty: (value) => value.committee.members.length === 0,
  });

  readonly #ui = new ViewLoader(this.host, { createView, styles, catalogs });

  /** The check shown (worked out in `willUpdate`, once per committee and date). */
  #shown?: Shown;

  /** The check and language the last `torg-composition` was for. */
  #reported?: { result: CompositionResult; locale: Locale };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this.#source.value;
    if (!loaded) return;
    const { date, unreadable } = referenceDate(this.date, osloDate(Date.now()));
    const previous = this.#shown;
    const result =
      previous?.committee === loaded.committee && previous.result.date === date
        ? previous.result
        : checkComposition(loaded.committee, date);
    this.#shown = { committee: loaded.committee, result, unreadableDate: unreadable };
    // A changed check is read out (not the first, which came with the page).
    if (this.#reported && this.#isNewCheck()) {
      this.host.announce(summaryText(result, this.host.text(committeeCatalog)));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const shown = this.#shown;
    const loaded = this.#source.value;
    if (!shown || !loaded || !this.#isNewCheck()) return;
    this.#reported = { result: shown.result, locale: this.host.locale };
    emit(this, 'torg-composition', this.#detail(shown.result, loaded.skipped));
  }

  /** Whether the check shown was not reported yet (new data, another date or language) and its texts are there. */
  #isNewCheck(): boolean {
    const result = this.#shown?.result;
    const locale = this.host.locale;
    // The messages go out in the element's language: not before its texts have loaded.
    if (!result || !committeeCatalog.get(locale)) return false;
    return this.#reported?.result !== result || this.#reported.locale !== locale;
  }

  #detail(result: CompositionResult, skipped: number): TorgCompositionEventDetail {
    const t = this.host.text(committeeCatalog);
    const rule = (r: RuleResult): CompositionRuleDetail => ({
      id: r.id,
      ok: r.ok,
      required: r.required,
      actual: r.actual,
      message: ruleMessage(r, t),
    });
    const detail: TorgCompositionEventDetail = {
      ok: result.ok,
      rules: result.rules.map(rule),
      date: result.date,
      skipped,
    };
    if (result.deputies) detail.deputies = rule(result.deputies);
    return detail;
  }

  protected override renderContent(): unknown {
    if (!this.data && !this.committee?.trim()) {
      return this.host.renderConfigError(this.host.core.missingAttribute('committee'));
    }
    return this.#ui.render((v) => {
      const t = this.host.text(committeeCatalog);
      // An unknown committee is the page's mistake, not a failure to retry: plain words, the reason for the editor.
      if (
        this.#source.state === 'error' &&
        isTorgError(this.#source.error) &&
        this.#source.error.kind === 'not-found'
      ) {
        return this.host.renderConfigError(t.notFound(this.committee ?? ''));
      }
      return this.host.renderData(this.#source, {
        loaded: (loaded) => (this.#shown ? v.render(loaded, this.#shown) : this.renderSkeleton()),
        empty: ({ committee }) => t.empty(committee.name),
        skipped: ({ skipped }) => skipped,
      });
    });
  }

  /** The header, the check with its rules and the first group of the roster, as bars of their sizes. */
  protected override renderSkeleton(): TemplateResult {
    return html`<div class="skeleton committee-skeleton" aria-hidden="true">
      <div class="bar heading"></div>
      ${SKELETON_FACTS.map(() => html`<div class="bar"></div>`)}
      <div class="check">
        <div class="bar heading"></div>
        <div class="bar"></div>
        ${SKELETON_RULES.map(() => html`<div class="bar tall"></div>`)}
      </div>
      <div class="bar heading"></div>
      <div class="members">${SKELETON_MEMBERS.map(() => html`<div class="bar member"></div>`)}</div>
    </div>`;
  }
}
