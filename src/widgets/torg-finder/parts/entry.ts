/**
 * One torg in `<torg-finder>`'s list: its name (a button that chooses it),
 * the distance, the open-now status lines (the torg's and the chosen
 * services'), the address, the services, accessibility and contacts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Service, Torg } from '../../../contract/schemas.js';
import { formatPhone } from '../../../core/format.js';
import { apiHref, mailtoHref, telHref } from '../../../core/url.js';
import type { WidgetHost } from '../../../core/widget-host.js';
import type { FinderRow, FinderStatus } from '../../../domain/finder.js';
import { bdi, isolated } from '../../../shared/bidi.js';
import { openingStatusCatalog, statusLine } from '../../../shared/opening-status/opening-status.js';
import { finderCatalog, type FinderFirstMessages } from '../messages/index.js';
import type { TorgFinder } from '../torg-finder.js';

export interface EntryOptions {
  /** Whether this torg is the chosen one. */
  selected: boolean;
  /** The chosen services (their notes and chips are shown). */
  chosen: ReadonlySet<string>;
  /** How far away it is ("430 m unna"), when the list is sorted by distance. */
  distance: string | undefined;
  onSelect: () => void;
}

export function renderEntry(host: WidgetHost<TorgFinder>, row: FinderRow, options: EntryOptions): TemplateResult {
  const m = host.text(finderCatalog);
  const { torg } = row;
  const { selected, chosen } = options;
  const planned = torg.status === 'planned';
  const { street, postalCode, city } = torg.address;
  const place = [postalCode, city].filter(Boolean).join(' ');
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
            ${bdi(torg.name)}
          </button>
          ${planned ? html`<span class="badge" part="badge">${m.planned}</span>` : nothing}`,
        { class: 'title' },
      )}
      ${options.distance === undefined ? nothing : html`<p class="distance">${options.distance}</p>`}
    </div>
    ${planned ? html`<p class="status" part="status">${m.notOpenYet}</p>` : row.statuses.map((s) => renderStatus(host, s))}
    ${renderNotes(torg.services, row.statuses, chosen)}
    ${street || place ? html`<p class="address">${bdi(street)}${street && place ? ', ' : ''}${bdi(place)}</p>` : nothing}
    ${torg.services.length ? renderServices(torg.services, chosen, m) : nothing}
    ${
      torg.accessibility
        ? html`<p class="access"><span class="label">${m.accessibility}:</span> ${bdi(torg.accessibility)}</p>`
        : nothing
    }
    ${renderContact(torg, m, host.element.apiBase)}
  </li>`;
}

/** "Åpent nå · stenger kl. 15.00", or for a service "Byggesak: Stengt · åpner …" with its note. */
function renderStatus(host: WidgetHost, { service, state }: FinderStatus): TemplateResult {
  const line = statusLine(state, host.text(openingStatusCatalog), host.locale);
  return html`<p class="status ${line.tone}" part="status">
    ${service ? html`<span class="label">${bdi(service.name)}:</span> ` : nothing}<strong>${isolated(line.label, line.reason)}</strong>${line.detail ? ` · ${line.detail}` : nothing}${service?.note ? html` <span class="note">${bdi(service.note)}</span>` : nothing}
  </p>`;
}

/** The notes of the chosen services that have no status line of their own. */
function renderNotes(services: Service[], statuses: FinderStatus[], chosen: ReadonlySet<string>): unknown {
  return services
    .filter((s) => s.note && chosen.has(s.id) && !statuses.some((x) => x.service === s))
    .map((s) => html`<p class="note"><span class="label">${bdi(s.name)}:</span> ${bdi(s.note)}</p>`);
}

function renderServices(services: Service[], chosen: ReadonlySet<string>, m: FinderFirstMessages): TemplateResult {
  return html`<ul class="chips" aria-label=${m.services}>
    ${services.map((s) => html`<li class="chip ${chosen.has(s.id) ? 'on' : ''}">${s.name}</li>`)}
  </ul>`;
}

function renderContact(
  torg: Torg,
  m: FinderFirstMessages,
  apiBase: string | undefined,
): TemplateResult | typeof nothing {
  const tel = torg.phone ? telHref(torg.phone) : undefined;
  const mail = mailtoHref(torg.email);
  const web = apiHref(torg.url, apiBase);
  if (!torg.phone && !mail && !web) return nothing;
  return html`<ul class="contact">
    ${
      torg.phone
        ? html`<li>
            <span class="label">${m.phone}:</span>
            ${tel ? html`<a href=${tel}>${bdi(formatPhone(torg.phone))}</a>` : bdi(torg.phone)}
          </li>`
        : nothing
    }
    ${mail ? html`<li><span class="label">${m.email}:</span> <a href=${mail}>${bdi(torg.email)}</a></li>` : nothing}
    ${
      web
        ? html`<li>
            <a href=${web}>${m.website}<span class="vh">: ${torg.name}</span></a>
          </li>`
        : nothing
    }
  </ul>`;
}
