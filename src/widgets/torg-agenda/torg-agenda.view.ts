/**
 * What `<torg-agenda>` looks like, and what the person opened: the meeting
 * list (upcoming and past, "show older"), one meeting in full, and an opened
 * meeting's agenda, documents and minutes — with "add to calendar".
 *
 * The UI state is which meetings are open, their details (fetched once,
 * when a meeting is first opened: a small data concern that belongs to the
 * person's action, so it stays here, through `host.api()`), and how many
 * times "show older" was used. The details' requests go like the element's
 * own (`DataController`): other meetings shown (`reset()`) give them up and
 * ignore their answers; so does the element taken off the page (not when it
 * is only moved), and put back, it asks again for the opened meetings. The rules are `domain/meeting-times.ts`'
 * (upcoming or past) and `domain/meetings.ts`' (what a closed item may show).
 *
 * The calendar file writer (`domain/meetings-ics.ts` with `domain/ics.ts`) and what an opened meeting
 * shows (`parts/detail.ts`) are fetched when the person is about to use the
 * widget (`onIntent`): until the writer is there, "Legg i kalender" is the
 * same link, and a click on it waits for the file; until the part is there,
 * an opened meeting says its agenda is on its way, as while its details
 * load. One meeting in full is shown with its part, fetched with it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting } from '../../contract/schemas.js';
import { formatDate } from '../../core/format.js';
import { formatTimeRange } from '../../core/format-time-range.js';
import { getMeeting } from '../../core/api/committees.js';
import { onIntent } from '../../core/intent.js';
import { createLogger } from '../../core/logger.js';
import { apiHref } from '../../core/url.js';
import { ViewLoader } from '../../core/view-loader.js';
import type { HeadingDepth, WidgetHost } from '../../core/widget-host.js';
import type * as MeetingsIcs from '../../domain/meetings-ics.js';
import { isOngoing, meetingEnd, splitMeetings } from '../../domain/meeting-times.js';
import { publicMeeting } from '../../domain/meetings.js';
import { osloDate } from '../../domain/oslo-time.js';
import { bdi } from '../../shared/bidi.js';
import {
  calendarFeedCatalog,
  calendarFeedStyles,
  renderCalendarFeed,
} from '../../shared/calendar-feed/calendar-feed.js';
import { renderDocuments } from './documents.js';
import { agendaCatalog, type AgendaFirstMessages } from './messages/index.js';
import type { DetailView } from './parts/detail.js';
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
  readonly #host: Host;
  /** Ids of the meetings whose details are open. */
  readonly #opened = new Set<string>();
  /** Meeting details by id, fetched once when first opened. */
  readonly #details = new Map<string, Detail>();
  /** How many times "show older" was used. */
  #olderPages = 0;
  /** The calendar file writer, once loaded (see above). */
  #ics?: typeof MeetingsIcs;
  #icsLoading?: Promise<boolean>;
  /** An opened meeting's content, a part of its own (created, and so fetched, when first needed). */
  #detail?: ViewLoader<Host, DetailView>;
  /** The details' requests: aborted when other meetings are shown or the element leaves the page. */
  #requests = new AbortController();

  constructor(host: Host) {
    this.#host = host;
    onIntent(host.element, () => {
      void this.#loadIcs();
      this.detailPart();
    });
    host.addController({
      hostConnected: () => {
        // Back on a page: the opened meetings whose requests were given up ask again.
        for (const id of this.#opened) if (!this.#details.has(id)) void this.#fetchDetail(id);
      },
      hostDisconnected: () => {
        // After the task's own work: an element moved (taken out and put back at once) keeps its requests.
        queueMicrotask(() => {
          if (host.element.isConnected) return;
          this.#abortDetails();
          // Given up, not failed: asked again when the element is back.
          for (const [id, detail] of this.#details) if (!detail.meeting && !detail.failed) this.#details.delete(id);
        });
      },
    });
  }

  /**
   * The opened meetings' part: fetched at the first sign of intent or at the first opening — or, for one meeting
   * in full, with the meeting (the element asks for it as soon as `meeting` is set).
   */
  detailPart(): ViewLoader<Host, DetailView> {
    return (this.#detail ??= new ViewLoader(this.#host, () => import('./parts/detail.js')));
  }

  /** Other meetings are shown: nothing open, no details kept, "show older" starts again. */
  reset(): void {
    this.#abortDetails();
    this.#opened.clear();
    this.#details.clear();
    this.#olderPages = 0;
  }

  get #pastShown(): number {
    return count(this.#host.element.past) * (1 + this.#olderPages);
  }

  // --- handlers ------------------------------------------------------------------------

  /** Opens or closes a meeting; the first opening fetches its details. */
  #handleToggle(meeting: Meeting): void {
    if (!this.#opened.delete(meeting.id)) {
      this.#opened.add(meeting.id);
      this.detailPart();
      if (!this.#details.get(meeting.id)?.meeting) this.#loadDetail(meeting);
    }
    this.#host.requestUpdate();
  }

  /** Shows `past` more past meetings and moves focus to the first of them. */
  readonly #handleShowOlder = (): void => {
    const first = this.#pastShown;
    this.#olderPages++;
    this.#host.requestUpdate();
    void this.#host.focus(`#h-p${first}`);
  };

  /** The calendar file writer (once; after a failure, the next intent or click tries again). Whether it is there. */
  #loadIcs(): Promise<boolean> {
    return (this.#icsLoading ??= import('../../domain/meetings-ics.js').then(
      (ics) => {
        this.#ics = ics;
        this.#host.requestUpdate();
        return true;
      },
      (error: unknown) => {
        log.warn('could not load the calendar file writer:', error);
        this.#icsLoading = undefined;
        return false;
      },
    ));
  }

  /** A click on "Legg i kalender" before the writer is there: the file comes once it is. */
  readonly #handleCalendar = (event: Event): void => {
    if (this.#ics) return;
    event.preventDefault();
    const link = event.currentTarget as HTMLAnchorElement;
    // A fetch that was already on its way and failed is tried once more for the click.
    void (async () => {
      if (!(await this.#loadIcs()) && !(await this.#loadIcs())) return;
      await this.#host.updateComplete;
      link.click();
    })();
  };

  /** After a failure: fetches the part again, and the meeting's details if they were what failed. */
  #retryDetail(meeting: Meeting): void {
    if (this.#detail?.state === 'error') this.#detail.retry();
    if (this.#details.get(meeting.id)?.failed) this.#loadDetail(meeting);
  }

  /** Fetches a meeting's details (agenda, documents, minutes) once; from `data` without a request. */
  #loadDetail(meeting: Meeting): void {
    if (this.#host.element.data) this.#details.set(meeting.id, { meeting });
    else void this.#fetchDetail(meeting.id);
  }

  /** Asks the API for a meeting's details; an answer to a request given up meanwhile is ignored. */
  async #fetchDetail(id: string): Promise<void> {
    const { signal } = this.#requests;
    this.#details.set(id, {});
    this.#host.requestUpdate();
    let detail: Detail;
    try {
      detail = { meeting: publicMeeting(await getMeeting(this.#host.api(signal), id)) };
    } catch (error) {
      if (signal.aborted) return;
      log.warn(`could not load meeting ${id}:`, error);
      detail = { failed: true };
    }
    if (signal.aborted) return;
    this.#details.set(id, detail);
    this.#host.requestUpdate();
  }

  /** Gives up the details' requests still running (their answers are ignored). */
  #abortDetails(): void {
    this.#requests.abort();
    this.#requests = new AbortController();
  }

  // --- rendering -----------------------------------------------------------------------

  /** The committee's upcoming and past meetings, or one meeting in full; `places`: torg web pages by id. */
  render(data: AgendaData, places: ReadonlyMap<string, string>): unknown {
    const t = this.#host.text(agendaCatalog);
    const now = Date.now();
    const feed = data.feedUrl
      ? renderCalendarFeed(this.#host, { url: data.feedUrl, kind: 'meetings', addLabel: t.addToCalendar })
      : nothing;
    if (data.single) {
      // One meeting in full: shown with its content (the part), as one screen.
      return this.detailPart().render(
        () => html`<div class="root">${this.#renderMeeting(data.items[0]!, places, now, 'm')} ${feed}</div>`,
      );
    }
    const upcomingShown = count(this.#host.element.upcoming);
    const pastShown = this.#pastShown;
    const { upcoming, past } = splitMeetings(data.items, now);
    const shownPast = past.slice(0, pastShown);
    const list = (meetings: Meeting[], key: string): TemplateResult =>
      html`<ul class="list" part="list">
        ${meetings.map((m, i) => html`<li>${this.#renderMeeting(m, places, now, key + i)}</li>`)}
      </ul>`;
    return html`<div class="root">
      ${
        upcomingShown > 0
          ? html`<section part="section">
              ${this.#host.heading(0, t.upcoming)}
              ${upcoming.length ? list(upcoming.slice(0, upcomingShown), 'u') : html`<p>${t.none}</p>`}
            </section>`
          : nothing
      }
      ${
        pastShown > 0
          ? html`<section part="section">
              ${this.#host.heading(0, t.past)} ${shownPast.length ? list(shownPast, 'p') : html`<p>${t.nonePast}</p>`}
              ${
                past.length > shownPast.length
                  ? html`<button
                      type="button"
                      class="button secondary more"
                      part="more"
                      @click=${this.#handleShowOlder}
                    >
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
  #renderMeeting(m: Meeting, places: ReadonlyMap<string, string>, now: number, key: string): TemplateResult {
    const host = this.#host;
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
    const open = single || this.#opened.has(m.id);
    const detail = single ? { meeting: m } : this.#details.get(m.id);
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
              ${this.#renderCalendarLink(m, digital, date, heading, t)}
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
              @click=${() => this.#handleToggle(m)}
            >
              ${t.toggle}
            </button>`
      }
      <div class="panel" part="panel" id=${panel} ?hidden=${!open}>
        ${detail ? this.#renderDetail(m, detail, single ? 1 : 2, now, t) : nothing}
      </div>
    </article>`;
  }

  /** "Legg til i kalenderen": the meeting as an .ics file (the link's address is the file, once the writer is there). */
  #renderCalendarLink(
    m: Meeting,
    url: string | undefined,
    date: string,
    heading: string,
    t: AgendaFirstMessages,
  ): TemplateResult {
    const file = this.#ics?.meetingIcsFile(m, url, date);
    return html`<a
      class="cal"
      part="calendar"
      href=${file ? file.href : NO_FILE}
      download=${file ? file.name : nothing}
      aria-describedby=${heading}
      @click=${this.#handleCalendar}
      >${t.addToCalendar}</a
    >`;
  }

  /** An opened meeting (its agenda, documents and minutes from the detail part), or why it is not there yet. */
  #renderDetail(summary: Meeting, detail: Detail, depth: HeadingDepth, now: number, t: AgendaFirstMessages): unknown {
    const host = this.#host;
    const part = this.detailPart();
    if (detail.failed || part.state === 'error') {
      return html`<div class="notice error" role="alert">
        <p class="text">${t.agendaError}</p>
        <button type="button" class="button secondary" part="retry" @click=${() => this.#retryDetail(summary)}>
          ${host.core.retry}
        </button>
      </div>`;
    }
    const m = detail.meeting;
    const view = part.view;
    if (!m || !view) return html`<p class="muted" aria-busy="true">${t.loadingAgenda}</p>`;
    return view.render(m, depth, now);
  }
}
