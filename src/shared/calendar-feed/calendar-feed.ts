/**
 * "Abonner på kalenderen": the block `<torg-events>` and `<torg-agenda>` show
 * when the API offers a calendar feed (they learn it with one `HEAD`, see
 * `offers()` in `core/api.ts`, asked in parallel with their data):
 *
 * - a `webcal://` link that opens the calendar app with "subscribe";
 * - the filters the feed follows, in words, when there are any;
 * - a short help text: a subscription updates itself, while the widget's
 *   own "add to calendar" link saves a copy of one event;
 * - the same address over https, for web calendars (Google Calendar,
 *   Outlook on the web) where it is pasted.
 *
 * The feed's URL is built by the widget from the configured base and ids,
 * every value encoded (`eventsFeedUrl`, `meetingsFeedUrl`); one that is not
 * an http(s) URL gives no block at all.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { WidgetHost } from '../../core/widget-host.js';
import { feedLinks } from '../../domain/feeds.js';
import { calendarFeedCatalog } from './messages/index.js';

export { calendarFeedCatalog, type CalendarFeedMessages } from './messages/index.js';

export interface FeedBlock {
  /** The feed's http(s) URL. */
  url: string;
  /** What it holds: the words differ. */
  kind: 'events' | 'meetings';
  /** The text of the widget's own "add to calendar" link, named in the help. */
  addLabel: string;
  /** The filters in use, in words; empty or absent: none. */
  filters?: string | undefined;
}

/** The "subscribe" block for a feed (see the module's description); nothing for a URL that is not http(s). */
export function renderCalendarFeed(host: WidgetHost, block: FeedBlock): TemplateResult | typeof nothing {
  const links = feedLinks(block.url);
  if (!links) return nothing;
  const m = host.text(calendarFeedCatalog);
  return html`<div class="feed" part="feed">
    <p>
      <a class="button secondary" part="subscribe" href=${links.webcal}
        ><span class="feed-icon" aria-hidden="true"></span>${m.subscribe[block.kind]}</a
      >
    </p>
    ${block.filters ? html`<p class="hint">${m.filtered(block.filters)}</p>` : nothing}
    <p class="hint">${m.help[block.kind](block.addLabel)}</p>
    <p class="hint">${m.web} <a class="feed-url" part="feed-url" href=${links.https}>${links.https}</a></p>
  </div>`;
}

/** The block's styles (a widget adds them to its view's). */
export const calendarFeedStyles = css`
  .feed {
    display: grid;
    gap: var(--_space-2);
    margin-block-start: var(--_space-4);
    padding-block-start: var(--_space-4);
    border-block-start: 1px solid var(--_color-border-subtle);
  }
  .feed p {
    margin: 0;
  }
  .feed .hint {
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  .feed-url {
    overflow-wrap: anywhere;
  }
  .feed-icon {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    border: 2px solid currentColor;
    border-block-start-width: 0.3em;
    border-radius: 2px;
    vertical-align: -0.05em;
  }
`;
