/**
 * What `<torg-agenda>` looks like, and what the person opened: the meeting
 * list (upcoming and past, "show older"), one meeting in full, and an opened
 * meeting's agenda, documents and minutes — with "add to calendar".
 *
 * The UI state is which meetings are open, their details (fetched once,
 * when a meeting is first opened: a small data concern that belongs to the
 * person's action, so it stays here, through `host.api()`), and how many
 * times "show older" was used. The rules (upcoming or past, what a closed
 * item may show) are `domain/meetings.ts`'.
 *
 * The calendar file writer (`domain/ics.ts`) is fetched when the person is
 * about to use the widget (`onIntent`); until it is there, "Legg i kalender"
 * is the same link, and a click on it waits for the file.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting, MeetingDocument } from '../../contract/schemas.js';
import type { Locale } from '../../core/config.js';
import { formatBytes, formatDate, formatTimeRange } from '../../core/format.js';
import { getMeeting } from '../../core/api/committees.js';
import { onIntent } from '../../core/intent.js';
import { createLogger } from '../../core/logger.js';
import { apiHref } from '../../core/url.js';
import type { HeadingDepth, WidgetHost } from '../../core/widget-host.js';
import type * as Ics from '../../domain/ics.js';
import {
  documentType,
  isOngoing,
  meetingEnd,
  meetingToIcsEvent,
  publicMeeting,
  splitMeetings,
} from '../../domain/meetings.js';
import { osloDate } from '../../domain/oslo-time.js';
import { bdi, isolated } from '../../shared/bidi.js';
import {
  calendarFeedCatalog,
  calendarFeedStyles,
  renderCalendarFeed,
} from '../../shared/calendar-feed/calendar-feed.js';
import { agendaCatalog, type AgendaMessages } from './messages/index.js';
import type { AgendaData, TorgAgenda } from './torg-agenda.js';
import { styles as ownStyles } from './torg-agenda.styles.js';

export const styles = [ownStyles, calendarFeedStyles];
export const catalogs = [agendaCatalog, calendarFeedCatalog];

type Host = WidgetHost<TorgAgenda>;

/** A meeting's details: loading (neither set), loaded (`meeting`) or failed. */
interface Detail {
  meeting?: Meeting;
  failed?: boolean;
}

const log = createLogger('torg-agenda');

/** The calendar link's address until the writer is there (a click then waits for the file). */
const NO_FILE = 'data:text/calendar,';

/** A count attribute: a whole number ≥ 0, else the default. */
const count = (value: number): number => (value >= 0 ? Math.floor(value) : 3);

export function createView(host: Host): AgendaView {
  return new AgendaView(host);
}

export class AgendaView {
  private readonly host: Host;
  /** Ids of the meetings whose details are open. */
  private readonly opened = new Set<string>();
  /** Meeting details by id, fetched once when first opened. */
  private readonly details = new Map<string, Detail>();
  /** How many times "show older" was used. */
  private olderPages = 0;
  /** The calendar file writer, once loaded (see above). */
  private ics?: typeof Ics;
  private icsLoading?: Promise<boolean>;

  constructor(host: Host) {
    this.host = host;
    onIntent(host.element, () => void this.loadIcs());
  }

  /** Other meetings are shown: nothing open, no details kept, "show older" starts again. */
  reset(): void {
    this.opened.clear();
    this.details.clear();
    this.olderPages = 0;
  }

  private get pastShown(): number {
    return count(this.host.element.past) * (1 + this.olderPages);
  }

  // --- handlers ------------------------------------------------------------------------

  /** Opens or closes a meeting; the first opening fetches its details. */
  private handleToggle(meeting: Meeting): void {
    if (!this.opened.delete(meeting.id)) {
      this.opened.add(meeting.id);
      if (!this.details.get(meeting.id)?.meeting) void this.loadDetail(meeting);
    }
    this.host.requestUpdate();
  }

  /** Shows `past` more past meetings and moves focus to the first of them. */
  private readonly handleShowOlder = (): void => {
    const first = this.pastShown;
    this.olderPages++;
    this.host.requestUpdate();
    void this.host.focus(`#h-p${first}`);
  };

  /** The calendar file writer (once; after a failure, the next intent or click tries again). Whether it is there. */
  private loadIcs(): Promise<boolean> {
    return (this.icsLoading ??= import('../../domain/ics.js').then(
      (ics) => {
        this.ics = ics;
        this.host.requestUpdate();
        return true;
      },
      (error: unknown) => {
        log.warn('could not load the calendar file writer:', error);
        this.icsLoading = undefined;
        return false;
      },
    ));
  }

  /** A click on "Legg i kalender" before the writer is there: the file comes once it is. */
  private readonly handleCalendar = (event: Event): void => {
    if (this.ics) return;
    event.preventDefault();
    const link = event.currentTarget as HTMLAnchorElement;
    // A fetch that was already on its way and failed is tried once more for the click.
    void (async () => {
      if (!(await this.loadIcs()) && !(await this.loadIcs())) return;
      await this.host.updateComplete;
      link.click();
    })();
  };

  /** Fetches a meeting's details (agenda, documents, minutes) once; from `data` without a request. */
  private async loadDetail(meeting: Meeting): Promise<void> {
    const { id } = meeting;
    if (this.host.element.data) {
      this.details.set(id, { meeting });
      return;
    }
    this.details.set(id, {});
    this.host.requestUpdate();
    try {
      this.details.set(id, { meeting: publicMeeting(await getMeeting(this.host.api(), id)) });
    } catch (error) {
      log.warn(`could not load meeting ${id}:`, error);
      this.details.set(id, { failed: true });
    }
    this.host.requestUpdate();
  }

  // --- rendering -----------------------------------------------------------------------

  /** The committee's upcoming and past meetings, or one meeting in full; `places`: torg web pages by id. */
  render(data: AgendaData, places: ReadonlyMap<string, string>): TemplateResult {
    const t = this.host.text(agendaCatalog);
    const now = Date.now();
    const feed = data.feedUrl
      ? renderCalendarFeed(this.host, { url: data.feedUrl, kind: 'meetings', addLabel: t.addToCalendar })
      : nothing;
    if (data.single) {
      return html`<div class="root">${this.renderMeeting(data.items[0]!, places, now, 'm')} ${feed}</div>`;
    }
    const upcomingShown = count(this.host.element.upcoming);
    const pastShown = this.pastShown;
    const { upcoming, past } = splitMeetings(data.items, now);
    const shownPast = past.slice(0, pastShown);
    const list = (meetings: Meeting[], key: string): TemplateResult =>
      html`<ul class="list" part="list">
        ${meetings.map((m, i) => html`<li>${this.renderMeeting(m, places, now, key + i)}</li>`)}
      </ul>`;
    return html`<div class="root">
      ${
        upcomingShown > 0
          ? html`<section part="section">
              ${this.host.heading(0, t.upcoming)}
              ${upcoming.length ? list(upcoming.slice(0, upcomingShown), 'u') : html`<p>${t.none}</p>`}
            </section>`
          : nothing
      }
      ${
        pastShown > 0
          ? html`<section part="section">
              ${this.host.heading(0, t.past)} ${shownPast.length ? list(shownPast, 'p') : html`<p>${t.nonePast}</p>`}
              ${
                past.length > shownPast.length
                  ? html`<button type="button" class="button secondary more" part="more" @click=${this.handleShowOlder}>
                      ${t.showOlder}
                    </button>`
                  : nothing
              }
            </section>`
          : nothing
      }
      ${feed}
    </div>`;
  }

  /** One meeting: date and status, time, place, links, and its details (open, or always for one meeting in full). */
  private renderMeeting(m: Meeting, places: ReadonlyMap<string, string>, now: number, key: string): TemplateResult {
    const host = this.host;
    const t = host.text(agendaCatalog);
    const locale = host.locale;
    const single = key === 'm';
    const start = Date.parse(m.start);
    const end = meetingEnd(m);
    const date = osloDate(start);
    const cancelled = m.status === 'avlyst';
    const coming = end > now && !cancelled;
    const [statusClass, status] = cancelled
      ? ['avlyst', t.cancelled]
      : m.status === 'gjennomfort'
        ? ['gjennomfort', t.held]
        : isOngoing(m, now)
          ? ['ongoing', t.ongoing]
          : [];
    const apiBase = host.element.apiBase;
    const digital = coming ? apiHref(m.digitalUrl, apiBase) : undefined;
    const torgUrl = m.location.torgId ? places.get(m.location.torgId) : undefined;
    const open = single || this.opened.has(m.id);
    const detail = single ? { meeting: m } : this.details.get(m.id);
    const panel = `panel-${key}`;
    const heading = `h-${key}`;
    const when = formatDate(date, locale, { capital: true, year: date.slice(0, 4) !== osloDate(now).slice(0, 4) });
    return html`<article class="meeting ${cancelled ? 'cancelled' : ''}" part="meeting">
      ${host.heading(
        single ? 0 : 1,
        html`${when}${status ? html` <span class="status ${statusClass}" part="status">${status}</span>` : nothing}`,
        // A focus target (after "show older"), never a tab stop.
        { id: heading, class: single ? undefined : 'snug', focusable: true },
      )}
      <p>${m.title}</p>
      <dl class="facts">
        <dt>${t.time}</dt>
        <dd class=${cancelled ? 'struck' : ''}>
          ${host.core.at(formatTimeRange(start, end > start ? end : undefined, locale))}
        </dd>
        <dt>${t.place}</dt>
        <dd>
          ${torgUrl ? html`<a href=${torgUrl}>${bdi(m.location.name)}</a>` : bdi(m.location.name)}${
            m.location.address ? html`<span class="muted">, ${bdi(m.location.address)}</span>` : nothing
          }
        </dd>
      </dl>
      ${
        coming
          ? html`<p class="links">
              ${digital ? html`<a href=${digital} aria-describedby=${heading}>${t.digital}</a>` : nothing}
              ${this.renderCalendarLink(m, digital, date, heading, t)}
            </p>`
          : // Held: the minutes right away, once published (the list sends them).
            !single && m.minutes
            ? html`<div class="links">${renderDocuments([m.minutes], locale, apiBase, heading)}</div>`
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
              @click=${() => this.handleToggle(m)}
            >
              ${t.toggle}
            </button>`
      }
      <div class="panel" part="panel" id=${panel} ?hidden=${!open}>
        ${detail ? this.renderDetail(m, detail, single ? 1 : 2, now, t) : nothing}
      </div>
    </article>`;
  }

  /** "Legg til i kalenderen": the meeting as an .ics file (the link's address is the file, once the writer is there). */
  private renderCalendarLink(
    m: Meeting,
    url: string | undefined,
    date: string,
    heading: string,
    t: AgendaMessages,
  ): TemplateResult {
    const ics = this.ics;
    return html`<a
      class="cal"
      part="calendar"
      href=${ics ? ics.icsDataUrl(ics.toIcs([meetingToIcsEvent(m, { url })], { name: m.title })) : NO_FILE}
      download=${ics ? ics.icsFileName(`${m.title} ${date}`) : nothing}
      aria-describedby=${heading}
      @click=${this.handleCalendar}
      >${t.addToCalendar}</a
    >`;
  }

  /** An opened meeting: minutes, notice and other documents, and the agenda. */
  private renderDetail(summary: Meeting, detail: Detail, depth: HeadingDepth, now: number, t: AgendaMessages): unknown {
    const host = this.host;
    const locale = host.locale;
    const apiBase = host.element.apiBase;
    if (detail.failed) {
      return html`<div class="notice error" role="alert">
        <p class="text">${t.agendaError}</p>
        <button type="button" class="button secondary" part="retry" @click=${() => void this.loadDetail(summary)}>
          ${host.core.retry}
        </button>
      </div>`;
    }
    const m = detail.meeting;
    if (!m) return html`<p class="muted" aria-busy="true">${t.loadingAgenda}</p>`;
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
  }
}

/**
 * Documents as links with their type and size: "Saksfremlegg (PDF, 1,2 MB)"; relative URLs are the API's;
 * `describedBy` names their meeting.
 */
function renderDocuments(
  documents: MeetingDocument[],
  locale: Locale,
  apiBase: string | undefined,
  describedBy?: string,
): TemplateResult {
  return html`<ul class="docs" part="documents">
    ${documents.map((d) => {
      const meta = [documentType(d), d.size === undefined ? '' : formatBytes(d.size, locale)]
        .filter(Boolean)
        .join(', ');
      const label = html`${bdi(d.title)}${meta ? html` <span class="muted">(${meta})</span>` : nothing}`;
      const href = apiHref(d.url, apiBase);
      return html`<li>
        ${href ? html`<a href=${href} aria-describedby=${describedBy ?? nothing}>${label}</a>` : label}
      </li>`;
    })}
  </ul>`;
}
