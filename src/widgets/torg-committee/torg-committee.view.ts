/**
 * What `<torg-committee>` looks like: the header (name, torg, term, legal
 * basis, secretariat), the composition check rule by rule, and the roster
 * seat by seat. It renders the check the element worked out before the
 * render (`Shown`) and the roster `domain/composition.ts` makes of it; its
 * only state is which photos could not be loaded.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Committee, Member } from '../../contract/schemas.js';
import { resolveApiBase } from '../../core/config.js';
import { formatDate, formatPhone } from '../../core/format.js';
import { entryOf } from '../../core/i18n.js';
import { mailtoHref, safeHref, telHref } from '../../core/url.js';
import type { WidgetHost } from '../../core/widget-host.js';
import { rosterOf, type CompositionResult, type RuleResult } from '../../domain/composition.js';
import { bdi, isolated } from '../../shared/bidi.js';
import { committeeCatalog, ruleMessage, summaryText, type CommitteeMessages } from './messages/index.js';
import type { Loaded, Shown, TorgCommittee } from './torg-committee.js';
import { styles as ownStyles } from './torg-committee.styles.js';

export const styles = [ownStyles];
export const catalogs = [committeeCatalog];

/** An extra line under a member's name (the seat, for deputies). */
type Label = (member: Member) => string;

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

export function createView(host: WidgetHost<TorgCommittee>) {
  /** Photos that could not be loaded: initials are shown instead. */
  const brokenPhotos = new Set<string>();

  /** Everything one render needs. */
  interface Context {
    t: CommitteeMessages;
    day: (date: string) => string;
    committee: Committee;
    apiBase: string | undefined;
  }

  function header({ t, day, committee: c }: Context, torgName: string | undefined): TemplateResult {
    const s = c.secretariat;
    const email = mailtoHref(s?.email);
    const phone = s?.phone ? telHref(s.phone) : undefined;
    // Not <header>: at the top of a widget it would be a second banner landmark on the page.
    return html`<div class="header" part="header">
      ${host.heading(0, c.name)} ${torgName ? html`<p class="muted">${torgName}</p>` : nothing}
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
                  <span class="sep">${bdi(s.name)}</span>
                  ${
                    s.email
                      ? html`<span class="sep"
                          >${email ? html`<a href=${email}>${bdi(s.email)}</a>` : bdi(s.email)}</span
                        >`
                      : nothing
                  }
                  ${
                    s.phone
                      ? html`<span class="sep"
                          >${phone ? html`<a href=${phone}>${bdi(formatPhone(s.phone))}</a>` : bdi(s.phone)}</span
                        >`
                      : nothing
                  }
                </dd>
              </div>`
            : nothing
        }
      </dl>
    </div>`;
  }

  function rule({ t, day }: Context, r: RuleResult): TemplateResult {
    const seat = r.kind === 'seat' ? r : undefined;
    const name = seat
      ? t.seatRule(r.id, seat.maxAgeExclusive)
      : r.kind === 'gender' && r.group === 'deputies'
        ? t.deputiesGenderRule
        : t.genderRule;
    const out = seat ? seat.members.filter((m) => !m.counts) : [];
    // The names in a gender rule's sentence (those whose gender is not given) are API text.
    const named = r.kind === 'gender' ? r.members.filter((m) => !m.gender).map((m) => m.name) : [];
    return html`<li part="rule rule-${r.status}" class="rule ${r.status}" data-rule=${r.id}>
      ${icon(r.status)}
      <div>
        <p>
          <span class="name">${isolated(name, r.id)}</span>
          <span class="state">${t.status[r.status]}</span>
        </p>
        <p>${isolated(ruleMessage(r, t), r.id, ...named)}</p>
        ${
          out.length
            ? html`<p class="small muted">
                ${t.notCounted}
                ${out.map((m, i) => html`${i ? '; ' : ''}${bdi(m.name)} (${t.reason(m, day, seat?.maxAgeExclusive)})`)}
              </p>`
            : nothing
        }
      </div>
    </li>`;
  }

  function check(ctx: Context, result: CompositionResult, skipped: number): TemplateResult {
    const { t, day } = ctx;
    const status = result.ok ? 'met' : 'missing';
    return html`<section part="check" class="check" aria-labelledby="check">
      <div>
        ${host.heading(1, t.check, { id: 'check' })}
        <p class="muted">${t.checkedOn(day(result.date))}</p>
      </div>
      <p part="summary" class="summary ${status}">${icon(status)} ${summaryText(result, t)}</p>
      ${
        result.deputies && !result.deputies.ok
          ? html`<p class="summary missing">${icon('missing')} ${t.deputiesNotMet}</p>`
          : nothing
      }
      ${result.inTerm ? nothing : html`<p>${t.outsideTerm(day(result.date))}</p>`}
      ${skipped ? html`<p>${t.incomplete(skipped)}</p>` : nothing}
      <ul class="rules">
        ${result.rules.map((r) => rule(ctx, r))} ${result.deputies ? rule(ctx, result.deputies) : nothing}
      </ul>
    </section>`;
  }

  function member({ t, day, committee: c, apiBase }: Context, m: Member, label?: Label): TemplateResult {
    const url = m.photo && imageSrc(m.photo.url, apiBase);
    const src = url && !brokenPhotos.has(url) ? url : undefined;
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
                brokenPhotos.add(src);
                host.requestUpdate();
              }}
            />`
          : html`<span part="photo" class="photo" aria-hidden="true">${initials(m.name)}</span>`
      }
      <div>
        <p class="name">
          ${bdi(m.name)}${
            m.role === 'leder' || m.role === 'nestleder' ? html` <span class="role">${t.roles[m.role]}</span>` : nothing
          }
        </p>
        ${details.map((d) => html`<p class="small">${bdi(d)}</p>`)}
        ${email ? html`<a class="small" href=${email}>${m.email}</a>` : nothing}
      </div>
    </li>`;
  }

  function group(ctx: Context, title: string, members: Member[], vacant = 0, label?: Label) {
    if (!members.length && !vacant) return nothing;
    return html`<div part="group" class="group">
      ${host.heading(2, title, { class: 'group-title' })}
      <ul class="members">
        ${members.map((m) => member(ctx, m, label))}
        ${[...Array(vacant).keys()].map(
          () =>
            html`<li part="member vacant" class="member vacant">
              <span part="photo" class="photo" aria-hidden="true"></span>${ctx.t.vacant}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  function roster(ctx: Context, result: CompositionResult): TemplateResult {
    const { t, committee } = ctx;
    const { seats, deputies, others } = rosterOf(committee, result);
    // An own property only: a committee's own seat id may be `__proto__` or `constructor`.
    const seatName = (seat: string): string => entryOf(t.seats, seat) ?? seat;
    return html`<section part="roster" class="roster" aria-labelledby="roster">
      ${host.heading(1, t.members, { id: 'roster' })}
      ${seats.map((s) => group(ctx, seatName(s.seat), s.members, s.vacant))}
      ${group(ctx, t.deputies, deputies, 0, (m) => seatName(m.seat))}
      ${group(ctx, t.others, others, 0, (m) => `${t.roles[m.role]}, ${seatName(m.seat)}`)}
    </section>`;
  }

  return {
    /** The header, the check and the roster (with a notice first for a `date` that cannot be read). */
    render({ torgName, skipped }: Loaded, { committee, result, unreadableDate }: Shown): TemplateResult {
      const base = resolveApiBase(host.element.apiBase);
      const ctx: Context = {
        t: host.text(committeeCatalog),
        day: (date) => formatDate(date, host.locale, { weekday: false, year: true }),
        committee,
        apiBase: base.ok ? base.base : undefined,
      };
      return html`<div class="committee">
        ${unreadableDate === undefined ? nothing : host.renderNotice(ctx.t.badDate(unreadableDate), 'warning')}
        ${header(ctx, torgName)} ${check(ctx, result, skipped)} ${roster(ctx, result)}
      </div>`;
    },
  };
}
