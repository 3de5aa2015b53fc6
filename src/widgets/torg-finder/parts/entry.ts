/**
 * One torg in `<torg-finder>`'s list: its name (a button that chooses it),
 * the distance, the open-now status lines (the torg's and the chosen
 * services'), the address, the services, accessibility and contacts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Service, Torg } from '../../../contract/schemas.js';
import { formatDistance, formatPhone } from '../../../core/format.js';
import { mailtoHref, safeHref, telHref } from '../../../core/url.js';
import type { WidgetHost } from '../../../core/widget-host.js';
import type { FinderRow, FinderStatus } from '../../../domain/finder.js';
import { openingStatusCatalog, statusLine } from '../../../shared/opening-status/opening-status.js';
import { finderCatalog, type FinderMessages } from '../messages/index.js';

export interface EntryOptions {
  /** Whether this torg is the chosen one. */
  selected: boolean;
  /** The chosen services (their notes and chips are shown). */
  chosen: ReadonlySet<string>;
  onSelect: () => void;
}

export function renderEntry(host: WidgetHost, row: FinderRow, options: EntryOptions): TemplateResult {
  const m = host.text(finderCatalog);
  const { torg } = row;
  const { selected, chosen } = options;
  const planned = torg.status === 'planned';
  const { street, postalCode, city } = torg.address;
  const address = [street, [postalCode, city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return html`<li
    class="item ${selected ? 'selected' : ''}"
    part="item ${selected ? 'selected' : ''}"
    data-torg=${torg.id}
  >
    <div class="head">
      ${host.heading(
        1,
        html`<button
            type="button"
            class="name"
            part="select"
            aria-pressed=${selected ? 'true' : 'false'}
            @click=${options.onSelect}
          >
            ${torg.name}
          </button>
          ${planned ? html`<span class="badge" part="badge">${m.planned}</span>` : nothing}`,
        { class: 'title' },
      )}
      ${
        row.metres === undefined
          ? nothing
          : html`<p class="distance">${m.away(formatDistance(row.metres, host.locale))}</p>`
      }
    </div>
    ${planned ? html`<p class="status" part="status">${m.notOpenYet}</p>` : row.statuses.map((s) => renderStatus(host, s))}
    ${renderNotes(torg.services, row.statuses, chosen)} ${address ? html`<p class="address">${address}</p>` : nothing}
    ${torg.services.length ? renderServices(torg.services, chosen, m) : nothing}
    ${
      torg.accessibility
        ? html`<p class="access"><span class="label">${m.accessibility}:</span> ${torg.accessibility}</p>`
        : nothing
    }
    ${renderContact(torg, m)}
  </li>`;
}

/** "Åpent nå · stenger kl. 15.00", or for a service "Byggesak: Stengt · åpner …" with its note. */
function renderStatus(host: WidgetHost, { service, state }: FinderStatus): TemplateResult {
  const line = statusLine(state, host.text(openingStatusCatalog), host.locale);
  return html`<p class="status ${line.tone}" part="status">
    ${service ? html`<span class="label">${service.name}:</span> ` : nothing}<strong>${line.label}</strong>${
      line.detail ? ` · ${line.detail}` : nothing
    }${service?.note ? html` <span class="note">${service.note}</span>` : nothing}
  </p>`;
}

/** The notes of the chosen services that have no status line of their own. */
function renderNotes(services: Service[], statuses: FinderStatus[], chosen: ReadonlySet<string>): unknown {
  return services
    .filter((s) => s.note && chosen.has(s.id) && !statuses.some((x) => x.service === s))
    .map((s) => html`<p class="note"><span class="label">${s.name}:</span> ${s.note}</p>`);
}

function renderServices(services: Service[], chosen: ReadonlySet<string>, m: FinderMessages): TemplateResult {
  return html`<ul class="chips" aria-label=${m.services}>
    ${services.map((s) => html`<li class="chip ${chosen.has(s.id) ? 'on' : ''}">${s.name}</li>`)}
  </ul>`;
}

function renderContact(torg: Torg, m: FinderMessages): TemplateResult | typeof nothing {
  const tel = torg.phone ? telHref(torg.phone) : undefined;
  const mail = mailtoHref(torg.email);
  const web = safeHref(torg.url);
  if (!torg.phone && !mail && !web) return nothing;
  return html`<ul class="contact">
    ${
      torg.phone
        ? html`<li>
            <span class="label">${m.phone}:</span>
            ${tel ? html`<a href=${tel}>${formatPhone(torg.phone)}</a>` : torg.phone}
          </li>`
        : nothing
    }
    ${mail ? html`<li><span class="label">${m.email}:</span> <a href=${mail}>${torg.email}</a></li>` : nothing}
    ${
      web
        ? html`<li>
            <a href=${web}>${m.website}<span class="vh">: ${torg.name}</span></a>
          </li>`
        : nothing
    }
  </ul>`;
}
