/**
 * An opened meeting of `<torg-agenda>`: its minutes, notice and other
 * documents, and its agenda (a closed item says so with its legal basis and
 * never shows its documents). A part of its own (a view module: `createView`,
 * `styles`, `catalogs`), fetched at the first sign of intent, at the first
 * opening, or with the meeting for one meeting in full (see the view).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Meeting } from '../../../contract/schemas.js';
import type { HeadingDepth, WidgetHost } from '../../../core/widget-host.js';
import { meetingEnd } from '../../../domain/meeting-times.js';
import { bdi, isolated } from '../../../shared/bidi.js';
import { renderDocuments } from '../documents.js';
import { agendaDetailCatalog } from '../messages/detail.js';
import type { TorgAgenda } from '../torg-agenda.js';

export const styles = css`
  .item {
    display: grid;
    /* As wide as the list: a long unbroken string in an item's title breaks in it rather than widen it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-1);
    padding: var(--_space-3) 0;
    border-bottom: 1px solid var(--_color-border-subtle);
  }
  .case {
    color: var(--_color-text-muted);
  }
  .case,
  .title {
    font-weight: 600;
  }
  .lock {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 4px solid var(--_color-border);
    background: var(--_color-surface);
  }
`;

export const catalogs = [agendaDetailCatalog];

/** An opened meeting's content: its details (`m`, loaded), headings at `depth`, `now` for whether it is held. */
export interface DetailView {
  render(m: Meeting, depth: HeadingDepth, now: number): TemplateResult;
}

export function createView(host: WidgetHost<TorgAgenda>): DetailView {
  return {
    render(m, depth, now) {
      const t = host.text(agendaDetailCatalog);
      const locale = host.locale;
      const apiBase = host.element.apiBase;
      const heading = (text: string): TemplateResult => host.heading(depth, text, { class: 'snug' });
      const cancelled = m.status === 'avlyst';
      const held = !cancelled && (m.status === 'gjennomfort' || meetingEnd(m) <= now);
      return html`
        ${
          m.minutes || held
            ? html`${heading(t.minutes)}${m.minutes ? renderDocuments([m.minutes], locale, apiBase) : html`<p>${t.noMinutes}</p>`}`
            : nothing
        }
        ${m.documents?.length ? html`${heading(t.documents)}${renderDocuments(m.documents, locale, apiBase)}` : nothing}
        ${
          m.agenda?.length
            ? html`${heading(t.agenda)}
                <ol class="agenda" part="agenda">
                  ${m.agenda.map(
                    (item) =>
                      html`<li class="item" part="item">
                        <p class="case">
                          ${
                            t.kinds[item.kind][0] === t.kinds[item.kind][1]
                              ? t.kinds[item.kind][0]
                              : html`<span aria-hidden="true">${t.kinds[item.kind][0]}</span
                                  ><span class="vh">${t.kinds[item.kind][1]}</span>`
                          }
                          ${bdi(item.number)}
                        </p>
                        <p class="title">${item.title}</p>
                        ${
                          item.closed
                            ? html`<p class="lock" part="closed">
                                ${isolated(t.closed(item.exemption), item.exemption)}
                              </p>`
                            : nothing
                        }
                        ${item.decision ? html`<p><strong>${t.decision}:</strong> ${bdi(item.decision)}</p>` : nothing}
                        ${!item.closed && item.documents?.length ? renderDocuments(item.documents, locale, apiBase) : nothing}
                      </li>`,
                  )}
                </ol>`
            : cancelled
              ? nothing
              : html`${heading(t.agenda)}
                  <p>${t.noAgenda}</p>`
        }
      `;
    },
  };
}
