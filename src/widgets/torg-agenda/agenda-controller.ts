/**
 * The logic of `<torg-agenda>`, apart from the element's public surface:
 * loading the meetings (from `data` or the API), which meetings are open,
 * their details (fetched once, when first opened), the torg links, and
 * "show older". Drawing is `agenda-view.ts`'s job.
 *
 * Loaded on demand with the view, in parallel with the API client, so the
 * element's up-front download stays small (see `torg-agenda.ts`).
 */
import type { CSSResultOrNative, LitElement, ReactiveControllerHost, TemplateResult } from 'lit';
import { checkItems, getMeeting, getMeetings, getTorg, type ApiContext } from '../../core/api.js';
import type { Locale } from '../../core/config.js';
import type { LoadContext } from '../../core/data-controller.js';
import { TorgError, isTorgError } from '../../contract/errors.js';
import { createLogger } from '../../core/logger.js';
import { coreCatalog, type CoreMessages } from '../../core/messages/index.js';
import type { Meeting } from '../../contract/schemas.js';
import { safeHref } from '../../core/url.js';
import { publicMeeting } from '../../domain/meetings.js';
import { renderAgenda, type AgendaData, type Detail } from './agenda-view.js';
import { agendaCatalog, type AgendaMessages } from './messages/index.js';
import { agendaStyles } from './torg-agenda.styles.js';

export { agendaCatalog as catalog };
export type { AgendaData };

/** The inputs of a load: `committee`, `meeting`, `data`. */
export type AgendaArgs = readonly [string, string, Meeting[] | undefined];

/** What the controller needs of its element. */
export interface AgendaHost extends ReactiveControllerHost, HTMLElement {
  upcoming: number;
  past: number;
  data?: Meeting[] | undefined;
  apiContext(signal?: AbortSignal): ApiContext;
  addStyles(...styles: CSSResultOrNative[]): void;
}

const log = createLogger('torg-agenda');

/** A count attribute: a whole number ≥ 0, else the default. */
const count = (value: number): number => (value >= 0 ? Math.floor(value) : 3);

/** A catalog's table for a language (bokmål until that language is loaded). */
export function texts(locale: Locale): AgendaMessages {
  return agendaCatalog.get(locale) ?? (agendaCatalog.get('nb') as AgendaMessages);
}

export class AgendaController {
  private readonly host: AgendaHost;
  /** Ids of the meetings whose details are open. */
  private readonly opened = new Set<string>();
  /** Meeting details by id, fetched once when first opened. */
  private readonly details = new Map<string, Detail>();
  /** Torg web pages by torg id (the place links). */
  private readonly torgUrls = new Map<string, string>();
  /** How many times "show older" was used. */
  private olderPages = 0;

  constructor(host: AgendaHost & LitElement) {
    this.host = host;
    // The widget's own styles arrive with it; the shared ones were there from the start.
    host.addStyles(agendaStyles);
  }

  /** Loads the meetings (and the texts for `locale`): a committee's list, or one meeting in full. */
  async load([committee, meeting, data]: AgendaArgs, { api }: LoadContext, locale: Locale): Promise<AgendaData> {
    const textsReady = agendaCatalog.load(locale);
    // The texts that explain a failure are there too when it fails.
    const value = await fetchMeetings(committee, meeting, data, api).finally(() => textsReady);
    const items = value.items.map(publicMeeting);
    if (value.single) this.details.set(items[0]!.id, { meeting: items[0]! });
    if (!data) void this.loadTorgUrls(items);
    return { ...value, items };
  }

  /** The meetings, drawn. */
  render(value: AgendaData, locale: Locale): TemplateResult {
    return renderAgenda(
      {
        locale,
        t: texts(locale),
        core: coreCatalog.get(locale) ?? (coreCatalog.get('nb') as CoreMessages),
        now: Date.now(),
        upcoming: count(this.host.upcoming),
        past: this.pastShown,
        isOpen: (id) => this.opened.has(id),
        detail: (id) => this.details.get(id),
        torgUrl: (id) => (id ? this.torgUrls.get(id) : undefined),
        toggle: (m) => this.toggle(m),
        retry: (m) => void this.loadDetail(m),
        showOlder: () => void this.showOlder(),
      },
      value,
    );
  }

  /** Plain words for an unknown meeting or committee. */
  errorMessage(error: unknown, locale: Locale, single: boolean): string | undefined {
    if (!isTorgError(error) || error.kind !== 'not-found') return undefined;
    return single ? texts(locale).meetingNotFound : texts(locale).committeeNotFound;
  }

  private get pastShown(): number {
    return count(this.host.past) * (1 + this.olderPages);
  }

  /** Opens or closes a meeting; the first opening fetches its details. */
  private toggle(meeting: Meeting): void {
    if (!this.opened.delete(meeting.id)) {
      this.opened.add(meeting.id);
      if (!this.details.get(meeting.id)?.meeting) void this.loadDetail(meeting);
    }
    this.host.requestUpdate();
  }

  /** Shows `past` more past meetings and moves focus to the first of them. */
  private async showOlder(): Promise<void> {
    const first = this.pastShown;
    this.olderPages++;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(`#h-p${first}`)?.focus();
  }

  /** Fetches a meeting's details (agenda, documents, minutes) once; from `data` without a request. */
  private async loadDetail(meeting: Meeting): Promise<void> {
    const { id } = meeting;
    if (this.host.data) {
      this.details.set(id, { meeting });
      return;
    }
    this.details.set(id, {});
    this.host.requestUpdate();
    try {
      this.details.set(id, { meeting: publicMeeting(await getMeeting(this.host.apiContext(), id)) });
    } catch (error) {
      log.warn(`could not load meeting ${id}:`, error);
      this.details.set(id, { failed: true });
    }
    this.host.requestUpdate();
  }

  /** Looks up the torg of each place, to link it (cached; a failure leaves the name unlinked). */
  private async loadTorgUrls(meetings: Meeting[]): Promise<void> {
    const ids = new Set(meetings.map((m) => m.location.torgId).filter((id): id is string => !!id));
    await Promise.all(
      [...ids].map(async (id) => {
        try {
          const href = safeHref((await getTorg(this.host.apiContext(), id)).url);
          if (href) this.torgUrls.set(id, href);
        } catch {
          // Just the name, then.
        }
      }),
    );
    if (this.torgUrls.size) this.host.requestUpdate();
  }
}

/** The meetings from `data` (checked like an API answer) or from the API. */
async function fetchMeetings(
  committee: string,
  meeting: string,
  data: Meeting[] | undefined,
  api: () => ApiContext,
): Promise<AgendaData> {
  if (data) {
    const { items, skipped } = await checkItems('MeetingSchema', data);
    if (!meeting) return { items, skipped, single: false };
    const one = items.find((m) => m.id === meeting);
    if (!one) throw new TorgError('not-found', `meeting ${meeting} is not in data`);
    return { items: [one], skipped: 0, single: true };
  }
  if (meeting) return { items: [await getMeeting(api(), meeting)], skipped: 0, single: true };
  return { ...(await getMeetings(api(), committee)), single: false };
}
