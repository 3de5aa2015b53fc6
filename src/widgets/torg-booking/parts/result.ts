/**
 * The result: a panel that says what was booked, its status (confirmed, or
 * waiting for approval, said plainly) and where the confirmation e-mail
 * went, with the reference number; an .ics file for the calendar (Oslo
 * time), the cancellation link, and "Bestill en ny tid".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { createLogger } from '../../../core/logger.js';
import { apiHref } from '../../../core/url.js';
import type { Done } from '../../../domain/booking-flow.js';
import { icsDataUrl, icsFileName, toIcs } from '../../../domain/ics.js';
import { bookingCatalog } from '../messages/index.js';
import type { Shown } from '../torg-booking.js';
import { whatAndWhen, type Host } from './common.js';

export function createResultStep(host: Host) {
  /** The calendar file of the booking shown (made once per booking and language; no file when it cannot be made). */
  let file: { done: Done; locale: string; href?: string; name?: string } | undefined;

  /**
   * The booking's .ics, or nothing when it cannot be made: the booking was made (the server said so), and
   * nothing done after that — the calendar file — may turn it into an error or keep the result from showing.
   */
  function calendar(done: Done): { href?: string; name?: string } {
    if (file?.done === done && file.locale === host.locale) return file;
    try {
      file = { done, locale: host.locale, ...writeCalendar(done) };
    } catch (error) {
      createLogger(host.element.localName).warn('the booking was made, but its calendar file could not be:', error);
      file = { done, locale: host.locale };
    }
    return file;
  }

  function writeCalendar(done: Done): { href: string; name: string } {
    const t = host.text(bookingCatalog);
    const { booking, resource, slot } = done;
    const cancel = apiHref(booking.cancelUrl, host.element.apiBase);
    const ics = toIcs(
      [
        {
          uid: `booking-${booking.id}@innbyggertorg.asker.kommune.no`,
          start: slot.startMs,
          end: slot.endMs,
          summary: resource.name,
          location: resource.name,
          description: [`${t.reference}: ${booking.id}`, done.request.purpose, cancel && `${t.cancel}: ${cancel}`]
            .filter(Boolean)
            .join('\n'),
          status: booking.status === 'confirmed' ? 'CONFIRMED' : 'TENTATIVE',
        },
      ],
      { name: resource.name },
    );
    return { href: icsDataUrl(ics), name: icsFileName(resource.name) };
  }

  return {
    render(shown: Shown): TemplateResult | typeof nothing {
      const done = shown.flow.done;
      if (!done) return nothing;
      const t = host.text(bookingCatalog);
      const { booking, request } = done;
      const confirmed = booking.status === 'confirmed';
      const cancel = apiHref(booking.cancelUrl, host.element.apiBase);
      const ics = calendar(done);
      const rows = [
        ...whatAndWhen(host, done.resource.name, done.slot, undefined),
        { label: t.status, value: confirmed ? t.statusConfirmed : t.statusPending },
      ];
      return html`<div class="receipt ${confirmed ? 'success' : 'info'}" part="receipt">
          <p class="text">
            <span class="mark" aria-hidden="true"></span>${
              confirmed ? t.confirmedText(request.email) : t.pendingText(request.email)
            }
          </p>
          <dl class="review">
            <div class="row" part="reference">
              <dt>${t.reference}</dt>
              <dd><strong>${booking.id}</strong></dd>
            </div>
            ${rows.map(
              ({ label, value }) =>
                html`<div class="row">
                  <dt>${label}</dt>
                  <dd>${value}</dd>
                </div>`,
            )}
          </dl>
        </div>
        ${host.renderOsloTimeNote()}
        <div class="actions">
          ${
            ics.href
              ? html`<a class="button secondary" part="ics" href=${ics.href} download=${ics.name ?? nothing}
                  >${t.addToCalendar}</a
                >`
              : nothing
          }
          <button type="button" class="button secondary" @click=${() => shown.dispatch({ type: 'again' })}>
            ${t.newBooking}
          </button>
        </div>
        ${cancel ? html`<p class="cancel">${t.cancelHint} <a part="cancel" href=${cancel}>${t.cancel}</a></p>` : nothing}`;
    },
  };
}
