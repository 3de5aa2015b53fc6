import { nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController } from '../../core/data-controller.js';
import type { Catalog } from '../../core/i18n.js';
import type { Committee } from '../../contract/schemas.js';
import { TorgElement } from '../../core/torg-element.js';
import type * as ViewModule from './view.js';
import type { Loaded, ViewContext } from './view.js';

export type { TorgCompositionEventDetail } from './view.js';

type View = typeof ViewModule;

/**
 * Everything but the element's definition — the API calls, the composition
 * engine, the templates, styles and texts — is a chunk of its own, so the
 * element's up-front download stays within budget (Lit and the core take
 * nearly all of it). It costs one request before the first API call; the
 * all-in-one bundle inlines it.
 */
const loadView = (): Promise<View> => import(/* torg:inline-in-bundle */ './view.js');

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
  /** The committee id. */
  @property() committee?: string;

  /** Reference date of the check (`YYYY-MM-DD`); default today in Oslo. */
  @property() date?: string;

  /** The committee as data; used instead of the API when set. */
  @property({ attribute: false }) data?: Committee;

  private view?: View;

  private readonly source = new DataController<Loaded, readonly [string, Committee | undefined]>(this, {
    args: () => {
      const id = this.committee?.trim() ?? '';
      return id || this.data ? ([id, this.data] as const) : undefined;
    },
    load: async ([id, data], { api }) => {
      const view = await loadView();
      if (!this.view) {
        this.view = view;
        view.adopt(this);
      }
      return view.load(id, data, api);
    },
    isEmpty: (value) => value.committee.members.length === 0,
  });

  /** Loads the committee again (the last good data stays visible if that fails). */
  override refresh(): Promise<void> {
    return this.source.refresh();
  }

  protected override catalogs(): Catalog<unknown>[] {
    return this.view ? [...super.catalogs(), this.view.catalog] : super.catalogs();
  }

  protected override updated(): void {
    if (this.view && this.source.state !== 'error') this.view.check(this.context(this.view), this.source.value);
  }

  private context(view: View): ViewContext {
    return { host: this, locale: this.locale, t: this.text(view.catalog), announce: (text) => this.announce(text) };
  }

  protected override renderContent(): unknown {
    if (!this.data && !this.committee?.trim()) {
      return this.renderNotice(this.core.missingAttribute('committee'), 'error');
    }
    return this.renderData(
      this.source,
      this.view ? this.view.templates(this.context(this.view)) : { loaded: () => nothing },
    );
  }
}
