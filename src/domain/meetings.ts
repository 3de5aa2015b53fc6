/**
 * Meetings and agendas of municipal bodies: the rules `<torg-agenda>` follows
 * (domain.md, "Meetings and agendas"), what may be published of them. Pure
 * TypeScript, no DOM. When a meeting is upcoming or past: `meeting-times.ts`.
 *
 * A closed item (behind closed doors) keeps what a published agenda shows —
 * its case number, kind, title (published by the municipality in a form fit
 * for the public) and decision — and says it is closed with its legal
 * basis. Its documents are dropped here, before anything is drawn, even when
 * the API sent them: neither links nor document titles reach the page.
 *
 * A meeting as a calendar file: `meetings-ics.ts` (with the writer, when needed).
 */
import type { AgendaItem, Meeting, MeetingDocument } from '../contract/schemas.js';

/** What may be published of an agenda item: a closed item loses its documents (links and titles). */
export function publicAgendaItem(item: AgendaItem): AgendaItem {
  if (!item.closed) return item;
  const { documents: _documents, ...published } = item;
  return published;
}

/** A meeting with every closed agenda item reduced to what may be published. */
export function publicMeeting(meeting: Meeting): Meeting {
  return meeting.agenda ? { ...meeting, agenda: meeting.agenda.map(publicAgendaItem) } : meeting;
}

const MEDIA_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'image/jpeg': 'JPG',
  'text/plain': 'TXT',
  'text/html': 'HTML',
  'text/csv': 'CSV',
};

/**
 * A document's type as people know it ("PDF", "DOCX", "PNG"): from its media
 * type, else from its file name's extension; `undefined` when neither says.
 */
export function documentType(document: Pick<MeetingDocument, 'url' | 'mediaType'>): string | undefined {
  const media = document.mediaType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const known = Object.hasOwn(MEDIA_TYPES, media) ? MEDIA_TYPES[media] : undefined;
  if (known) return known;
  const image = /^image\/([a-z0-9]{2,5})$/.exec(media);
  if (image) return image[1]!.toUpperCase();
  const path = document.url.split(/[?#]/)[0] ?? '';
  const extension = /\.([a-z0-9]{2,5})$/i.exec(path);
  return extension ? extension[1]!.toUpperCase() : undefined;
}
