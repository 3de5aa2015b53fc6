/** A meeting's documents as links, in the list (a held meeting's minutes) and in an opened meeting. */
import { html, nothing, type TemplateResult } from 'lit';
import type { MeetingDocument } from '../../contract/schemas.js';
import type { Locale } from '../../core/config.js';
import { formatBytes } from '../../core/format-bytes.js';
import { apiHref } from '../../core/url.js';
import { documentType } from '../../domain/meetings.js';
import { bdi } from '../../shared/bidi.js';

/**
 * Documents as links with their type and size: "Saksfremlegg (PDF, 1,2 MB)"; relative URLs are the API's;
 * `describedBy` names their meeting.
 */
export function renderDocuments(
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
