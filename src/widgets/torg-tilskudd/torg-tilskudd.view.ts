/**
 * What `<torg-tilskudd>` looks like: the heading and the year switch, the
 * year's sums with a bar whose meaning is written out under it, the grants
 * (a table sortable by amount and date, each date a link to its meeting),
 * the guidelines and criteria, and applying — the deadline and a button
 * that fetches the form (`parts/application.ts`) the first time it is asked
 * for (at once when a draft waits on the device), or that applications are
 * closed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Grant } from '../../contract/schemas.js';
import { formatDate } from '../../core/format.js';
import { formatKroner } from '../../core/format-kroner.js';
import { apiHref, safeHref } from '../../core/url.js';
import { ViewLoader } from '../../core/view-loader.js';
import type { WidgetHost } from '../../core/widget-host.js';
import { applicationKey } from '../../domain/form-keys.js';
import {
  DEFAULT_SORT,
  meetingLink,
  nextSort,
  sortGrants,
  type GrantSort,
  type GrantSortKey,
} from '../../domain/funds.js';
import { bdi, isolated } from '../../shared/bidi.js';
import { readStored } from '../../shared/drafts.js';
import { tableStyles } from '../../shared/styles.js';
import { tilskuddCatalog, type TilskuddFirstMessages } from './messages/index.js';
import type * as ApplicationPart from './parts/application.js';
import type { Shown, TorgTilskudd } from './torg-tilskudd.js';
import { styles as ownStyles } from './torg-tilskudd.styles.js';

export const styles = [tableStyles, ownStyles];
export const catalogs = [tilskuddCatalog];

type Host = WidgetHost<TorgTilskudd>;
type ApplicationView = ReturnType<typeof ApplicationPart.createView>;

/** The application form: a chunk of its own, fetched when asked for. */
const applicationPart = () => import('./parts/application.js');

export function createView(host: Host) {
  let sort: GrantSort = DEFAULT_SORT;
  /** The committees whose form the person asked for (or whose draft waits on the device). */
  const asked = new Set<string>();
  let form: ViewLoader<Host, ApplicationView> | undefined;
  /** Move focus to the form's heading once it is shown (after "Skriv en søknad"). */
  let focusForm = false;
  /** The bar's width (a percentage) in the last render. */
  let filled = 0;

  // The bar's width, set through the CSS object model after each render: a strict Content-Security-Policy
  // (no `'unsafe-inline'` for `style-src-attr`) refuses a `style` attribute, which Lit's `styleMap` writes.
  host.addController({
    hostUpdated: () => {
      const bar = host.element.renderRoot.querySelector<HTMLElement>('.meter > span');
      if (bar) bar.style.width = `${filled}%`;
    },
  });

  const t = (): TilskuddFirstMessages => host.text(tilskuddCatalog);
  const kroner = (amount: number): string => formatKroner(amount, host.locale);

  const handleYear = (event: Event): void => {
    host.element.year = Number((event.target as HTMLSelectElement).value);
  };

  const handleSort = (key: GrantSortKey): void => {
    sort = nextSort(sort, key);
    host.announce(t().sorted(sort.key, sort.direction));
    host.requestUpdate();
  };

  const handleOpen = (committee: string): void => {
    asked.add(committee);
    focusForm = true;
    host.requestUpdate();
  };

  function renderSums({ summary, percent, funds }: Shown): TemplateResult {
    const m = t();
    const over = summary.left < 0;
    filled = percent;
    return html`<div class="sums" part="sums">
      <dl>
        <div>
          <dt>${m.budget}</dt>
          <dd>${kroner(summary.budget)}</dd>
        </div>
        <div>
          <dt>${m.allocated}</dt>
          <dd>${kroner(summary.allocated)}</dd>
        </div>
        <div class=${over ? 'over' : ''}>
          <dt>${m.left}</dt>
          <dd>${kroner(summary.left)}</dd>
        </div>
      </dl>
      ${
        summary.budget > 0 || summary.allocated > 0
          ? html`<div class="meter" part="meter" aria-hidden="true">
                <span></span>
              </div>
              <p class="meter-text" id="meter-text">
                ${over ? m.overspent(kroner(-summary.left)) : m.share(percent, kroner(summary.left))}
              </p>`
          : nothing
      }
      ${funds.applications ? html`<p>${m.pending(funds.applications)}</p>` : nothing}
    </div>`;
  }

  function renderSortable(key: GrantSortKey, label: string): TemplateResult {
    const active = sort.key === key;
    return html`<th scope="col" class=${key === 'amount' ? 'num' : ''} aria-sort=${active ? sort.direction : 'none'}>
      <button type="button" class="sort" part="sort" @click=${() => handleSort(key)}>
        ${label}<span class="vh"> – ${t().sortBy(key)}</span
        ><span class="arrow" aria-hidden="true">${active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  }

  function renderDecided(grant: Grant): TemplateResult {
    const m = t();
    const date = formatDate(grant.decided, host.locale, { weekday: false });
    const href = safeHref(meetingLink(host.element.meetingUrl || undefined, grant.meetingId));
    return html`${
      href ? html`<a href=${href} part="meeting">${date}<span class="vh"> ${m.meetingLink}</span></a>` : date
    }${
      // The space is text of its own, so the date and the case number are two words (also to a screen reader).
      grant.caseNumber
        ? html`<span class="case"> ${isolated(m.caseNumber(grant.caseNumber), grant.caseNumber)}</span>`
        : nothing
    }`;
  }

  function renderGrants(shown: Shown): TemplateResult {
    const m = t();
    const { funds, thisYear } = shown;
    const heading = host.heading(1, m.grants(funds.year), { id: 'grants-title' });
    if (!funds.grants.length) {
      return html`${heading}
        <p class="state-empty" part="empty">${m.noGrants(funds.year, thisYear)}</p>`;
    }
    return html`${heading}
      <table part="grants" aria-labelledby="grants-title">
        <thead>
          <tr>
            <th scope="col">${m.recipient}</th>
            <th scope="col">${m.purpose}</th>
            ${renderSortable('amount', m.amount)} ${renderSortable('decided', m.decided)}
          </tr>
        </thead>
        <tbody>
          ${sortGrants(funds.grants, sort).map(
            (grant) =>
              html`<tr>
                <th scope="row" data-label=${m.recipient}>${grant.recipient}</th>
                <td data-label=${m.purpose}>${grant.purpose}</td>
                <td class="num" data-label=${m.amount}>${kroner(grant.amount)}</td>
                <td data-label=${m.decided}>${renderDecided(grant)}</td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="2">${m.total}</th>
            <td class="num">${kroner(shown.summary.allocated)}</td>
            <td></td>
          </tr>
        </tfoot>
      </table>`;
  }

  function renderGuidelines({ funds }: Shown): TemplateResult | typeof nothing {
    const m = t();
    // A relative link is the API's, read against its base (never the host page's).
    const href = apiHref(funds.guidelines?.url, host.element.apiBase);
    const criteria = funds.criteria?.filter((c) => c.trim()) ?? [];
    if (!href && !criteria.length) return nothing;
    const adopted = funds.guidelines?.adopted;
    return html`<section class="guidelines" part="guidelines" aria-labelledby="guidelines-title">
      ${host.heading(1, m.guidelines, { id: 'guidelines-title' })}
      ${
        href
          ? html`<p>
              <a href=${href}>${funds.guidelines?.title ? bdi(funds.guidelines.title) : m.guidelines}</a>${
                adopted ? ` ${m.adopted(formatDate(adopted, host.locale, { weekday: false, year: true }))}` : ''
              }
            </p>`
          : nothing
      }
      ${
        criteria.length
          ? html`${host.heading(2, m.criteria)}
              <ul>
                ${criteria.map((c) => html`<li>${c}</li>`)}
              </ul>`
          : nothing
      }
    </section>`;
  }

  function renderApply(shown: Shown): TemplateResult | typeof nothing {
    if (!shown.thisYear) return nothing;
    const m = t();
    const { open, deadline } = shown.window;
    const when = deadline && formatDate(deadline, host.locale, { weekday: false, year: true });
    const { committee } = shown;
    // A draft on the device opens the form at once: what was typed is never hidden behind a button.
    if (open && !asked.has(committee) && readStored(applicationKey(committee))) asked.add(committee);
    const body = !open
      ? host.renderNotice(m.closed(when), 'info')
      : asked.has(committee)
        ? renderForm(shown)
        : html`<p>${when ? m.deadline(when) : m.noDeadline}</p>
            <button type="button" class="button" @click=${() => handleOpen(committee)}>${m.openForm}</button>`;
    return html`<section class="apply" part="apply" aria-labelledby="apply-title">
      ${host.heading(1, m.apply, { id: 'apply-title' })} ${body}
    </section>`;
  }

  function renderForm(shown: Shown): unknown {
    // Fetched once; if that fails, the error state's retry fetches it again.
    form ??= new ViewLoader<Host, ApplicationView>(host, applicationPart);
    return form.render((part) => {
      const content = part.render(shown);
      if (focusForm) {
        focusForm = false;
        void host.focus('#application-title');
      }
      return content;
    });
  }

  return {
    /** The heading and, when there is more than one year, the year switch. */
    renderHeader(year: number, years: readonly number[]): TemplateResult {
      const m = t();
      return html`<div class="head">
        ${host.heading(0, m.title(year), { id: 'title', part: 'heading' })}
        ${
          years.length > 1
            ? html`<div class="year" part="year">
                <label for="year">${m.yearLabel}</label>
                <select id="year" @change=${handleYear}>
                  ${years.map((y) => html`<option value=${y} .selected=${y === year}>${y}</option>`)}
                </select>
              </div>`
            : nothing
        }
      </div>`;
    },

    /** The year's money, its grants, the guidelines and applying. */
    render(shown: Shown): TemplateResult {
      return html`${renderSums(shown)} ${renderGrants(shown)} ${renderGuidelines(shown)} ${renderApply(shown)}`;
    },
  };
}
