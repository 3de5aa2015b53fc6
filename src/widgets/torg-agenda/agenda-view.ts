/**
 * What `<torg-agenda>` draws: the meeting list, one meeting, and an opened
 * meeting's agenda, documents and minutes — with the widget's styles, texts
 * and the calendar file.
 *
 * Pure rendering: every state (open meetings, loaded details) comes in
 * through the `AgendaContext`. Part of the lazy chunk the element loads with
 * its first request (`agenda-controller.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/config.js';
import { formatBytes, formatDate, formatTimeRange } from '../../core/format.js';
import type { CoreMessages } from '../../core/messages/types.js';
import type { Meeting, MeetingDocument } from '../../contract/schemas.js';
import { safeHref } from '../../core/url.js';
import { icsDataUrl, icsFileName, toIcs } from '../../domain/ics.js';
import { documentType, isOngoing, meetingEnd, meetingToIcsEvent, splitMeetings } from '../../domain/meetings.js';
import { osloDate } from '../../domain/oslo-time.js';
import type { AgendaMessages } from './messages/index.js';

/** The meetings to show: a committee's list, or one meeting in full (`single`). */
export interface AgendaData {
  items: Meeting[];
  skipped: number;
  single: boolean;
}

/** A meeting's details: loading (neither set), loaded (`meeting`) or failed. */
export interface Detail {
  meeting?: Meeting;
  failed?: boolean;
}

/** What the view needs from the element. */
export interface AgendaContext {
  locale: Locale;
  t: AgendaMessages;
  core: CoreMessages;
  now: number;
  /** How many upcoming meetings to show. */
  upcoming: number;
  /** How many past meetings to show now (0: no past section). */
  past: number;
  isOpen(id: string): boolean;
  /** The details requested so far (`undefined`: never opened). */
  detail(id: string): Detail | undefined;
  /** A torg's web page, when known. */
  torgUrl(torgId: string | undefined): string | undefined;
  toggle(meeting: Meeting): void;
  retry(meeting: Meeting): void;
  showOlder(): void;
}

type Level = 2 | 3 | 4;

function renderHeading(level: Level, content: unknown, id?: string): TemplateResult {
  // Headings are focus targets (after "show older"), never tab stops.
  switch (level) {
    case 2:
      return html`<h2 id=${id ?? nothing} tabindex=${id ? -1 : nothing}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id ?? nothing} tabindex=${id ? -1 : nothing}>${content}</h3>`;
    default:
      return html`<h4>${content}</h4>`;
  }
}

/** The whole view: the committee's upcoming and past meetings, or one meeting in full. */
export function renderAgenda(ctx: AgendaContext, data: AgendaData): TemplateResult {
  const { t } = ctx;
  if (data.single) return html`<div class="root">${renderMeeting(ctx, data.items[0]!, 2, 'm')}</div>`;
  const { upcoming, past } = splitMeetings(data.items, ctx.now);
  const shownPast = past.slice(0, ctx.past);
  const list = (meetings: Meeting[], key: string): TemplateResult =>
    html`<ul class="list" part="list">
      ${meetings.map((m, i) => html`<li>${renderMeeting(ctx, m, 3, key + i)}</li>`)}
    </ul>`;
  return html`<div class="root">
    ${
      ctx.upcoming > 0
        ? html`<section part="section">
            <h2>${t.upcoming}</h2>
            ${upcoming.length ? list(upcoming.slice(0, ctx.upcoming), 'u') : html`<p>${t.none}</p>`}
          </section>`
        : nothing
    }
    ${
      ctx.past > 0
        ? html`<section part="section">
            <h2>${t.past}</h2>
            ${shownPast.length ? list(shownPast, 'p') : html`<p>${t.nonePast}</p>`}
            ${
              past.length > shownPast.length
                ? html`<button type="button" class="button secondary more" part="more" @click=${ctx.showOlder}>
                    ${t.showOlder}
                  </button>`
                : nothing
            }
          </section>`
        : nothing
    }
  </div>`;
}

/** One meeting: date and status, time, place, links, and its details (open, or always when `single`). */
function renderMeeting(ctx: AgendaContext, m: Meeting, level: 2 | 3, key: string): TemplateResult {
  const { t, locale } = ctx;
  const single = level === 2;
  const start = Date.parse(m.start);
  const end = meetingEnd(m);
  const date = osloDate(start);
  const cancelled = m.status === 'avlyst';
  const coming = end > ctx.now && !cancelled;
  const [statusClass, status] = cancelled
    ? ['avlyst', t.cancelled]
    : m.status === 'gjennomfort'
      ? ['gjennomfort', t.held]
      : isOngoing(m, ctx.now)
        ? ['ongoing', t.ongoing]
        : [];
  const digital = coming ? safeHref(m.digitalUrl) : undefined;
  const torgUrl = ctx.torgUrl(m.location.torgId);
  const open = single || ctx.isOpen(m.id);
  const detail = single ? { meeting: m } : ctx.detail(m.id);
  const panel = `panel-${key}`;
  const heading = `h-${key}`;
  const when = formatDate(date, locale, { capital: true, year: date.slice(0, 4) !== osloDate(ctx.now).slice(0, 4) });
  return html`<article class="meeting ${cancelled ? 'cancelled' : ''}" part="meeting">
    ${renderHeading(
      level,
      html`${when}${status ? html` <span class="status ${statusClass}" part="status">${status}</span>` : nothing}`,
      heading,
    )}
    <p>${m.title}</p>
    <dl class="facts">
      <dt>${t.time}</dt>
      <dd class=${cancelled ? 'struck' : ''}>
        ${ctx.core.at(formatTimeRange(start, end > start ? end : undefined, locale))}
      </dd>
      <dt>${t.place}</dt>
      <dd>
        ${torgUrl ? html`<a href=${torgUrl}>${m.location.name}</a>` : m.location.name}${
          m.location.address ? html`<span class="muted">, ${m.location.address}</span>` : nothing
        }
      </dd>
    </dl>
    ${
      coming
        ? html`<p class="links">
            ${digital ? html`<a href=${digital} aria-describedby=${heading}>${t.digital}</a>` : nothing}
            <a
              class="cal"
              part="calendar"
              href=${icsDataUrl(toIcs([meetingToIcsEvent(m, { url: digital })], { name: m.title }))}
              download=${icsFileName(`${m.title} ${date}`)}
              aria-describedby=${heading}
              >${t.addToCalendar}</a
            >
          </p>`
        : // Held: the minutes right away, once published (the list sends them).
          !single && m.minutes
          ? html`<div class="links">${renderDocuments([m.minutes], locale, heading)}</div>`
          : nothing
    }
    ${
      single
        ? nothing
        : html`<button
            type="button"
            class="toggle"
            part="toggle"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${panel}
            aria-describedby=${heading}
            @click=${() => ctx.toggle(m)}
          >
            ${t.toggle}
          </button>`
    }
    <div class="panel" part="panel" id=${panel} ?hidden=${!open}>
      ${detail ? renderDetail(ctx, m, detail, single ? 3 : 4) : nothing}
    </div>
  </article>`;
}

/** An opened meeting: minutes, notice and other documents, and the agenda. */
function renderDetail(ctx: AgendaContext, summary: Meeting, detail: Detail, level: Level): unknown {
  const { t, locale } = ctx;
  if (detail.failed) {
    return html`<div class="notice error" role="alert">
      <p class="text">${t.agendaError}</p>
      <button type="button" class="button secondary" part="retry" @click=${() => ctx.retry(summary)}>
        ${ctx.core.retry}
      </button>
    </div>`;
  }
  const m = detail.meeting;
  if (!m) return html`<p class="muted" aria-busy="true">${t.loadingAgenda}</p>`;
  const cancelled = m.status === 'avlyst';
  const held = !cancelled && (m.status === 'gjennomfort' || meetingEnd(m) <= ctx.now);
  return html`
    ${
      m.minutes || held
        ? html`${renderHeading(level, t.minutes)}${m.minutes ? renderDocuments([m.minutes], locale) : html`<p>${t.noMinutes}</p>`}`
        : nothing
    }
    ${m.documents?.length ? html`${renderHeading(level, t.documents)}${renderDocuments(m.documents, locale)}` : nothing}
    ${
      m.agenda?.length
        ? html`${renderHeading(level, t.agenda)}
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
                      ${item.number}
                    </p>
                    <p class="title">${item.title}</p>
                    ${item.closed ? html`<p class="lock" part="closed">${t.closed(item.exemption)}</p>` : nothing}
                    ${item.decision ? html`<p><strong>${t.decision}:</strong> ${item.decision}</p>` : nothing}
                    ${!item.closed && item.documents?.length ? renderDocuments(item.documents, locale) : nothing}
                  </li>`,
              )}
            </ol>`
        : cancelled
          ? nothing
          : html`${renderHeading(level, t.agenda)}
              <p>${t.noAgenda}</p>`
    }
  `;
}

/** Documents as links with their type and size: "Saksfremlegg (PDF, 1,2 MB)"; `describedBy` names their meeting. */
function renderDocuments(documents: MeetingDocument[], locale: Locale, describedBy?: string): TemplateResult {
  return html`<ul class="docs" part="documents">
    ${documents.map((d) => {
      const meta = [documentType(d), d.size === undefined ? '' : formatBytes(d.size, locale)]
        .filter(Boolean)
        .join(', ');
      const label = html`${d.title}${meta ? html` <span class="muted">(${meta})</span>` : nothing}`;
      const href = safeHref(d.url);
      return html`<li>
        ${href ? html`<a href=${href} aria-describedby=${describedBy ?? nothing}>${label}</a>` : label}
      </li>`;
    })}
  </ul>`;
}
