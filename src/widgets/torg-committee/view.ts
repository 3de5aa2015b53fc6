/**
 * What `<torg-committee>` does beyond its definition, loaded on demand: the
 * API calls, the header, the composition check, the roster, their styles and
 * texts, and the `torg-composition` event.
 */
import { html, nothing, type CSSResultOrNative, type LitElement, type TemplateResult } from 'lit';
import { checkCommittee, getCommittee, getTorg, type ApiContext } from '../../core/api.js';
import { resolveApiBase, type Locale } from '../../core/config.js';
import { isTorgError } from '../../contract/errors.js';
import { emit, type CompositionRuleDetail, type TorgCompositionDetail } from '../../core/events.js';
import { formatDate } from '../../core/format.js';
import type { Committee, Member } from '../../contract/schemas.js';
import { entryOf } from '../../core/i18n.js';
import type { StateTemplates } from '../../core/torg-element.js';
import { mailtoHref, safeHref, telHref } from '../../core/url.js';
import {
  DEFAULT_RULES,
  checkComposition,
  isRegular,
  type CompositionResult,
  type RuleResult,
} from '../../domain/composition.js';
import { isValidDate, osloDate } from '../../domain/oslo-time.js';
import { committeeCatalog, type CommitteeMessages } from './messages/index.js';
import { committeeStyles } from './torg-committee.styles.js';

export { committeeCatalog as catalog };

/** The `torg-composition` event's detail: the contract's `{ ok, rules }`, plus the date and the deputies' gender balance. */
export interface TorgCompositionEventDetail extends TorgCompositionDetail {
  /** The reference date of the check (`YYYY-MM-DD`). */
  date: string;
  /** The deputies' gender balance, reported alongside (not part of `ok`); absent when gender balance does not apply. */
  deputies?: CompositionRuleDetail;
  /** Members left out because they could not be read: when above 0, the check may be incomplete. */
  skipped: number;
}

/** The loaded data. */
export interface Loaded {
  committee: Committee;
  /** The torg's name, when it could be read. */
  torgName?: string | undefined;
  /** Members left out because they could not be read. */
  skipped: number;
}

/** What the view needs of its element. */
export interface ViewContext {
  host: LitElement & { date?: string | undefined; committee?: string | undefined; apiBase?: string | undefined };
  locale: Locale;
  t: CommitteeMessages;
  announce(text: string): void;
}

/** Adds the view's styles to the element's shadow root (after the shared ones). */
export function adopt(host: { addStyles(...styles: CSSResultOrNative[]): void }): void {
  host.addStyles(committeeStyles);
}

/**
 * Loads the committee (and its torg's name, a nicety whose failure is
 * ignored). A committee given as data is checked like an API answer. The
 * members are read one by one, like a collection: an unreadable member is
 * left out and counted (a notice says so, and that the check may be
 * incomplete); a committee of the wrong shape, or with no readable member
 * among those sent, gives the error state.
 */
export async function load(id: string, data: unknown, api: () => ApiContext): Promise<Loaded> {
  const ctx = data ? undefined : api();
  const { committee, skipped } = ctx ? await getCommittee(ctx, id) : await checkCommittee(data);
  const torg = ctx && committee.torgId ? await getTorg(ctx, committee.torgId).catch(() => undefined) : undefined;
  return { committee, torgName: torg?.name, skipped };
}

// --- the check and its event ------------------------------------------------------

interface HostState {
  checked?: { committee: Committee; date: string; result: CompositionResult };
  emitted?: { result: CompositionResult; locale: Locale };
  /** Photos that could not be loaded: initials are shown instead. */
  brokenPhotos: Set<string>;
}

const states = new WeakMap<object, HostState>();

function stateOf(host: object): HostState {
  let state = states.get(host);
  if (!state) states.set(host, (state = { brokenPhotos: new Set() }));
  return state;
}

/** The reference date: the `date` attribute when it is a real date, else today in Oslo. */
function referenceDate(ctx: ViewContext): string {
  const date = ctx.host.date?.trim() ?? '';
  return isValidDate(date) ? date : osloDate(Date.now());
}

/** The check for the data and the date, computed once per change. */
function composition(ctx: ViewContext, committee: Committee): CompositionResult {
  const state = stateOf(ctx.host);
  const date = referenceDate(ctx);
  if (state.checked?.committee !== committee || state.checked.date !== date) {
    state.checked = { committee, date, result: checkComposition(committee, date) };
  }
  return state.checked.result;
}

function message(rule: RuleResult, t: CommitteeMessages): string {
  if (rule.kind === 'seat') return t.seatMessage(rule);
  const unknown = rule.members.filter((m) => !m.gender).map((m) => m.name);
  return t.genderMessage(rule, unknown.join(', '));
}

function summary(result: CompositionResult, t: CommitteeMessages): string {
  return t.summary(result.rules.filter((r) => !r.ok).length, result.rules.length);
}

/**
 * After each update: fires `torg-composition` when the check changed (new
 * data, another date or language), and reads a changed summary out.
 */
export function check(ctx: ViewContext, loaded: Loaded | undefined): void {
  const { host, locale } = ctx;
  const t = committeeCatalog.get(locale);
  if (!loaded || !t) return;
  const state = stateOf(host);
  const result = composition(ctx, loaded.committee);
  if (state.emitted?.result === result && state.emitted.locale === locale) return;
  const first = !state.emitted;
  state.emitted = { result, locale };
  const rule = (r: RuleResult): CompositionRuleDetail => ({
    id: r.id,
    ok: r.ok,
    required: r.required,
    actual: r.actual,
    message: message(r, t),
  });
  const detail: TorgCompositionEventDetail = {
    ok: result.ok,
    rules: result.rules.map(rule),
    date: result.date,
    skipped: loaded.skipped,
  };
  if (result.deputies) detail.deputies = rule(result.deputies);
  emit(host, 'torg-composition', detail);
  // Read a changed result out; after this update, so it does not start another one inside it.
  if (!first) queueMicrotask(() => ctx.announce(summary(result, t)));
}

// --- rendering ----------------------------------------------------------------------

/** An extra line under a member's name (the seat, for deputies). */
type Label = (member: Member) => string;

const ROLE_RANK = { leder: 0, nestleder: 1, medlem: 2, varamedlem: 3 } as const;

const ICONS = {
  met: 'M4 10.5l4 4 8-9',
  missing: 'M5 5l10 10M15 5L5 15',
  unverified: 'M10 4v7M10 15.5v.5',
};

/**
 * A photo's address, when the widget may load it: inline (`data:image/…`, no
 * script runs in an `<img>`), or from the API's own host (a relative URL is
 * read against the API base). Other hosts are never asked: the member's
 * initials are shown instead.
 */
function imageSrc(url: string, apiBase: string | undefined): string | undefined {
  const trimmed = url.trim();
  if (/^data:image\//i.test(trimmed)) return trimmed;
  if (!apiBase) return undefined;
  const href = safeHref(trimmed, `${apiBase}/`);
  return href && href.startsWith('http') && new URL(href).origin === new URL(apiBase).origin ? href : undefined;
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words.at(-1)?.[0] ?? '') : '')).toUpperCase();
}

function icon(status: keyof typeof ICONS): TemplateResult {
  return html`<svg viewBox="0 0 20 20" aria-hidden="true"><path d=${ICONS[status]}></path></svg>`;
}

/** The shared-state templates of the element. */
export function templates(ctx: ViewContext): StateTemplates<Loaded> {
  const { t, host } = ctx;
  const day = (date: string): string => formatDate(date, ctx.locale, { weekday: false, year: true });
  const state = stateOf(host);
  const base = resolveApiBase(host.apiBase);
  const apiBase = base.ok ? base.base : undefined;

  const header = (c: Committee, torgName: string | undefined): TemplateResult => {
    const s = c.secretariat;
    const email = mailtoHref(s?.email);
    const phone = s?.phone ? telHref(s.phone) : undefined;
    return html`<header part="header">
      <h2>${c.name}</h2>
      ${torgName ? html`<p class="muted">${torgName}</p>` : nothing}
      <dl class="facts">
        <div>
          <dt>${t.term}</dt>
          <dd>${day(c.term.from)} – ${day(c.term.to)}</dd>
        </div>
        ${
          c.legalBasis
            ? html`<div>
                <dt>${t.legalBasis}</dt>
                <dd>${c.legalBasis}</dd>
              </div>`
            : nothing
        }
        ${
          s
            ? html`<div>
                <dt>${t.secretariat}</dt>
                <dd>
                  <span class="sep">${s.name}</span>
                  ${
                    s.email
                      ? html`<span class="sep">${email ? html`<a href=${email}>${s.email}</a>` : s.email}</span>`
                      : nothing
                  }
                  ${
                    s.phone
                      ? html`<span class="sep">${phone ? html`<a href=${phone}>${s.phone}</a>` : s.phone}</span>`
                      : nothing
                  }
                </dd>
              </div>`
            : nothing
        }
      </dl>
    </header>`;
  };

  const rule = (r: RuleResult): TemplateResult => {
    const seat = r.kind === 'seat' ? r : undefined;
    const name = seat
      ? t.seatRule(r.id, seat.maxAgeExclusive)
      : r.kind === 'gender' && r.group === 'deputies'
        ? t.deputiesGenderRule
        : t.genderRule;
    const out = seat ? seat.members.filter((m) => !m.counts) : [];
    return html`<li part="rule rule-${r.status}" class="rule ${r.status}" data-rule=${r.id}>
      ${icon(r.status)}
      <div>
        <p>
          <span class="name">${name}</span>
          <span class="state">${t.status[r.status]}</span>
        </p>
        <p>${message(r, t)}</p>
        ${
          out.length
            ? html`<p class="small muted">
                ${t.notCounted}
                ${out.map((m, i) => html`${i ? '; ' : ''}${m.name} (${t.reason(m, day, seat?.maxAgeExclusive)})`)}
              </p>`
            : nothing
        }
      </div>
    </li>`;
  };

  const checkView = (result: CompositionResult, skipped: number): TemplateResult => {
    const status = result.ok ? 'met' : 'missing';
    return html`<section part="check" class="check" aria-labelledby="check">
      <div>
        <h3 id="check">${t.check}</h3>
        <p class="muted">${t.checkedOn(day(result.date))}</p>
      </div>
      <p part="summary" class="summary ${status}">${icon(status)} ${summary(result, t)}</p>
      ${
        result.deputies && !result.deputies.ok
          ? html`<p class="summary missing">${icon('missing')} ${t.deputiesNotMet}</p>`
          : nothing
      }
      ${result.inTerm ? nothing : html`<p>${t.outsideTerm(day(result.date))}</p>`}
      ${skipped ? html`<p>${t.incomplete(skipped)}</p>` : nothing}
      <ul class="rules">
        ${result.rules.map(rule)} ${result.deputies ? rule(result.deputies) : nothing}
      </ul>
    </section>`;
  };

  const member = (m: Member, c: Committee, label?: Label): TemplateResult => {
    const url = m.photo && imageSrc(m.photo.url, apiBase);
    const src = url && !state.brokenPhotos.has(url) ? url : undefined;
    const email = mailtoHref(m.email);
    const from = m.from ?? c.term.from;
    const to = m.to ?? c.term.to;
    const details = [
      label?.(m) ?? '',
      m.organisation ?? '',
      from !== c.term.from || to !== c.term.to ? t.period(day(from), day(to)) : '',
    ].filter(Boolean);
    return html`<li part="member" class="member">
      ${
        src
          ? html`<img
              part="photo"
              class="photo"
              src=${src}
              alt=${m.photo?.alt ?? ''}
              width="56"
              height="56"
              crossorigin="anonymous"
              referrerpolicy="no-referrer"
              @error=${() => {
                state.brokenPhotos.add(src);
                host.requestUpdate();
              }}
            />`
          : html`<span part="photo" class="photo" aria-hidden="true">${initials(m.name)}</span>`
      }
      <div>
        <p class="name">
          ${m.name}${
            m.role === 'leder' || m.role === 'nestleder' ? html` <span class="role">${t.roles[m.role]}</span>` : nothing
          }
        </p>
        ${details.map((d) => html`<p class="small">${d}</p>`)}
        ${email ? html`<a class="small" href=${email}>${m.email}</a>` : nothing}
      </div>
    </li>`;
  };

  const roster = (c: Committee, result: CompositionResult): TemplateResult => {
    const rules = c.rules ?? DEFAULT_RULES;
    const current = result.presence.filter((p) => p.presence === 'current').map((p) => p.member);
    const regular = current.filter((m) => isRegular(m.role)).sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);
    const seats = [...new Set([...rules.seats.map((s) => s.seat), ...regular.map((m) => m.seat)])];
    // An own property only: a committee's own seat id may be `__proto__` or `constructor`.
    const seatName = (seat: string): string => entryOf(t.seats, seat) ?? seat;
    const group = (title: string, members: Member[], vacant = 0, label?: Label): TemplateResult | typeof nothing =>
      members.length || vacant
        ? html`<div part="group" class="group">
            <h4>${title}</h4>
            <ul class="members">
              ${members.map((m) => member(m, c, label))}
              ${[...Array(vacant).keys()].map(
                () =>
                  html`<li part="member vacant" class="member vacant">
                    <span part="photo" class="photo" aria-hidden="true"></span>${t.vacant}
                  </li>`,
              )}
            </ul>
          </div>`
        : nothing;
    return html`<section part="roster" class="roster" aria-labelledby="roster">
      <h3 id="roster">${t.members}</h3>
      ${seats.map((seat) => {
        const sitting = regular.filter((m) => m.seat === seat);
        const min = Math.max(0, ...rules.seats.filter((s) => s.seat === seat).map((s) => s.min));
        return group(seatName(seat), sitting, result.inTerm ? Math.max(0, min - sitting.length) : 0);
      })}
      ${group(
        t.deputies,
        current.filter((m) => !isRegular(m.role)),
        0,
        (m) => seatName(m.seat),
      )}
      ${group(
        t.others,
        result.presence.filter((p) => p.presence !== 'current').map((p) => p.member),
        0,
        (m) => `${t.roles[m.role]}, ${seatName(m.seat)}`,
      )}
    </section>`;
  };

  return {
    loaded: ({ committee, torgName, skipped }) => {
      const result = composition(ctx, committee);
      const bad = host.date?.trim();
      return html`<div class="committee">
        ${
          bad && !isValidDate(bad)
            ? html`<div class="notice warning" part="notice"><p class="text">${t.badDate(bad)}</p></div>`
            : nothing
        }
        ${header(committee, torgName)} ${checkView(result, skipped)} ${roster(committee, result)}
      </div>`;
    },
    empty: ({ committee }) => t.empty(committee.name),
    skipped: ({ skipped }) => skipped,
    errorMessage: (error) =>
      isTorgError(error) && error.kind === 'not-found' ? t.notFound(host.committee ?? '') : undefined,
  };
}
