import { html, type PropertyValues, type TemplateResult } from 'lit';
import { TorgError, isTorgError } from '../../contract/errors.js';
import type { Meeting } from '../../contract/schemas.js';
import { MeetingSchema } from '../../contract/schemas/meetings.js';
import { checkItems, offers, type ApiContext } from '../../core/api/client.js';
import { getMeeting, getMeetings } from '../../core/api/committees.js';
import { meetingsFeedPath, meetingsFeedUrl } from '../../core/api/feeds.js';
import { getTorg } from '../../core/api/torg.js';
import { DataController } from '../../core/data-controller.js';
import { TorgElement } from '../../core/torg-element.js';
import { firstScreen } from '../../core/first-screens/torg-agenda.js';
import { apiHref } from '../../core/url.js';
import { ViewLoader } from '../../core/view-loader.js';
import { publicMeeting } from '../../domain/meetings.js';
import { agendaCatalog } from './messages/index.js';
import { catalogs, createView, styles } from './torg-agenda.view.js';

/**
 * The meetings to show: a committee's list, or one meeting in full (`single`).
 * @internal For the element's own modules (its view); not part of the package's API.
 */
export interface AgendaData {
  items: Meeting[];
  skipped: number;
  single: boolean;
  /** The committee's meetings feed, when the API offers it (and "subscribe" is not hidden). */
  feedUrl?: string | undefined;
}

/** The inputs of a load: `committee`, `meeting`, `data`, whether to offer the feed. */
type Args = readonly [committee: string, meeting: string, data: Meeting[] | undefined, subscribe: boolean];

const SKELETON_MEETINGS = [0, 1, 2];

/**
 * Meetings of a lokalsamfunnsutvalg (a local community council): the coming
 * ones and the latest held, each with its weekday and date, time (Oslo
 * time), place, status and a calendar file. Opened, a meeting shows its
 * agenda, documents and minutes, fetched only then. Closed items say so with
 * their legal basis and never show their documents, even when the API sends
 * them. "Abonner på møtekalenderen" (a `webcal://` link to the committee's
 * feed) when the API offers `GET /committees/{id}/meetings.ics` (asked with
 * one `HEAD`, in parallel with the meetings). Prints like a paper agenda.
 *
 * @tagname torg-agenda
 * @summary A committee's meetings with agendas, documents and minutes.
 *
 * @csspart section - The upcoming and the past meetings.
 * @csspart list - A list of meetings.
 * @csspart meeting - One meeting.
 * @csspart status - A meeting's status ("Avlyst", "Gjennomført", "Pågår nå").
 * @csspart calendar - The "Legg til i kalenderen" link.
 * @csspart toggle - The button that opens a meeting's agenda and documents.
 * @csspart panel - A meeting's agenda, documents and minutes.
 * @csspart agenda - The agenda (a numbered list of items).
 * @csspart item - One agenda item.
 * @csspart closed - The notice of a closed item and its legal basis.
 * @csspart documents - A list of document links.
 * @csspart more - The "Vis eldre møter" button.
 * @csspart feed - The "subscribe to the meeting calendar" block (only when the API offers the feed).
 * @csspart subscribe - The `webcal://` link that subscribes to the committee's meetings.
 * @csspart feed-url - The feed's https address, for web calendars.
 *
 * @cssprop --torg-agenda-accent - The bar beside each meeting (default: `--torg-color-primary`).
 */
export class TorgAgenda extends TorgElement {
  /**
   * Lit's reactive properties, each documented where it is declared below.
   * @internal
   */
  static override properties = {
    committee: {},
    meeting: {},
    upcoming: { type: Number },
    past: { type: Number },
    hideSubscribe: { type: Boolean, attribute: 'hide-subscribe' },
    data: { attribute: false },
  };

  /** @internal */
  static override firstScreen = firstScreen;

  /** The committee's id, e.g. `tofte-lsu` (required unless `meeting` or `data` is set). */
  committee = '';

  /** One meeting's id: that meeting in full (agenda, documents, minutes) instead of the list. */
  meeting = '';

  /** How many upcoming meetings to show (default 3; 0 hides them). */
  upcoming = 3;

  /** How many past meetings to show, and how many more each "Vis eldre møter" adds (default 3; 0 hides them). */
  past = 3;

  /** Leaves out "subscribe to the meeting calendar" (and the request that asks whether the API offers it). */
  hideSubscribe = false;

  /**
   * The meetings as data (`Meeting[]` as in the API, agendas included), used
   * instead of the API. Checked like an API answer: unreadable meetings are
   * left out with a notice.
   */
  data?: Meeting[] | undefined;

  /** The view: which meetings are open, their details (fetched when first opened), "show older". */
  readonly #ui = new ViewLoader(this.host, { createView, styles, catalogs });

  /** The meetings: a committee's list, or one meeting in full; closed items already stripped. */
  readonly #source = new DataController<AgendaData, Args>(this.host, {
    args: () =>
      this.committee || this.meeting || this.data
        ? [this.committee, this.meeting, this.data, !this.hideSubscribe]
        : undefined,
    load: async ([committee, meeting, data, subscribe], { api }) => {
      const asked = !data && subscribe;
      const [value, feed] = await Promise.all([
        fetchMeetings(committee, meeting, data, api),
        asked && committee ? meetingsFeed(committee, api) : undefined,
      ]);
      // One meeting without `committee`: its own committee's feed.
      const ofMeeting = asked && !committee ? value.items[0]?.committeeId : undefined;
      const feedUrl = ofMeeting ? await meetingsFeed(ofMeeting, api) : feed;
      return { ...value, items: value.items.map(publicMeeting), feedUrl };
    },
    isEmpty: (value) => value.items.length === 0,
  });

  /** The web pages of the meetings' torg (the place links), looked up once the meetings are there (not for `data`). */
  readonly #places = new DataController<ReadonlyMap<string, string>, readonly [string]>(this.host, {
    args: () => {
      const ids = this.data ? undefined : torgIds(this.#source.value?.items ?? []);
      return ids ? [ids] : undefined;
    },
    load: ([ids], { api }) => torgPages(JSON.parse(ids) as string[], api, this.apiBase),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Other meetings (or another API's): nothing is open, no details are kept or asked for, the older pages start again.
    if (changed.has('committee') || changed.has('meeting') || changed.has('data') || changed.has('apiBase')) {
      this.#ui.view?.reset();
    }
    // One meeting in full shows its content at once: its part is fetched with the meeting, not after it.
    if (this.meeting) this.#ui.view?.detailPart();
  }

  protected override renderContent(): unknown {
    if (!this.committee && !this.meeting && !this.data) {
      return this.host.renderConfigError(this.host.core.missingAttribute('committee'));
    }
    const t = this.host.text(agendaCatalog);
    // An unknown committee is the page's mistake, not a failure to retry: plain words, the reason for the editor.
    const error = this.#source.state === 'error' ? this.#source.error : undefined;
    if (!this.meeting && isTorgError(error) && error.kind === 'not-found') {
      return this.host.renderConfigError(t.committeeNotFound(this.committee));
    }
    return this.#ui.render((v) =>
      this.host.renderData(this.#source, {
        loaded: (value) => html`${this.host.renderOsloTimeNote()}${v.render(value, this.#places.value ?? NO_PLACES)}`,
        empty: () => t.none,
        skipped: (value) => value.skipped,
        // A meeting that is gone (an old link): plain words.
        errorMessage: (error) => (isTorgError(error) && error.kind === 'not-found' ? t.meetingNotFound : undefined),
      }),
    );
  }

  /** Section headings and a few meeting cards. */
  protected override renderSkeleton(): TemplateResult {
    return html`<div class="skeleton agenda" aria-hidden="true">
      <div class="bar heading"></div>
      ${SKELETON_MEETINGS.map(() => html`<div class="bar meeting"></div>`)}
    </div>`;
  }
}

const NO_PLACES: ReadonlyMap<string, string> = new Map();

/** The meetings from `data` (checked like an API answer) or from the API. */
async function fetchMeetings(
  committee: string,
  meeting: string,
  data: Meeting[] | undefined,
  api: () => ApiContext,
): Promise<AgendaData> {
  const context = data ? undefined : api();
  if (!context) {
    const { items, skipped } = await checkItems(MeetingSchema, data);
    if (!meeting) return { items, skipped, single: false };
    const one = items.find((m) => m.id === meeting);
    if (!one) throw new TorgError('not-found', `meeting ${meeting} is not in data`);
    return { items: [one], skipped: 0, single: true };
  }
  if (meeting) return { items: [await getMeeting(context, meeting)], skipped: 0, single: true };
  return { ...(await getMeetings(context, committee)), single: false };
}

/** The URL of a committee's meetings feed when the API offers it, else `undefined`. */
async function meetingsFeed(committee: string, api: () => ApiContext): Promise<string | undefined> {
  const context = api();
  return (await offers(context, meetingsFeedPath(committee))) ? meetingsFeedUrl(context.base, committee) : undefined;
}

/** The torg the meetings take place at, as a key that stays the same for the same torg (a JSON list; none: `undefined`). */
function torgIds(meetings: Meeting[]): string | undefined {
  const ids = new Set(meetings.map((m) => m.location.torgId).filter((id): id is string => !!id));
  return ids.size ? JSON.stringify([...ids].sort()) : undefined;
}

/** The web page of each torg (a failed lookup leaves that place unlinked). */
async function torgPages(
  ids: string[],
  api: () => ApiContext,
  apiBase: string | undefined,
): Promise<ReadonlyMap<string, string>> {
  const pages = new Map<string, string>();
  await Promise.all(
    ids.map(async (id) => {
      try {
        const href = apiHref((await getTorg(api(), id)).url, apiBase);
        if (href) pages.set(id, href);
      } catch {
        // Just the name, then.
      }
    }),
  );
  return pages;
}
