/**
 * The time step: the chosen day's free times, each a button with its full
 * name ("kl. 10.00 til 10.30, 30 minutter", never "30m"). After a time was
 * taken (409) or refused (422), a notice says so (it takes focus) and the
 * next free times are offered, with their dates.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../../core/format.js';
import { nextFreeSlots, slotsOn, type FreeSlot } from '../../../domain/booking.js';
import { bookingCatalog, type BookingMessages } from '../messages/index.js';
import type { Shown } from '../torg-booking.js';
import { renderBack, timeRange, type Host } from './common.js';

/** How many of the next free times are offered after one was lost. */
const NEXT_FREE = 4;

export function renderSlotStep(host: Host, shown: Shown): TemplateResult {
  const t = host.text(bookingCatalog);
  const { lost, day = '' } = shown.flow;
  const none = lost ? t.noNextFree : t.noSlots;
  return html`${
      lost
        ? html`<div id="lost" class="notice warning" part="notice" tabindex="-1">
            <p class="text">
              ${
                lost.refused
                  ? t.slotRefused
                  : t.taken(`${formatDate(lost.slot.date, host.locale)} ${timeRange(t, lost.slot, host.locale)}`)
              }
              ${t.kept}
            </p>
          </div>`
        : nothing
    }
    ${host.renderData(shown.availability, {
      loaded: () => {
        const list = lost ? nextFreeSlots(shown.free, lost.slot.startMs, NEXT_FREE) : slotsOn(shown.free, day);
        return html`${host.heading(1, lost ? t.nextFree : t.freeOn(formatDate(day, host.locale)), { class: 'sub' })}
        ${list.length ? renderSlotList(host, t, shown, list, !!lost) : html`<p>${none}</p>`}`;
      },
      empty: () => none,
    })}
    ${host.renderOsloTimeNote()}
    <div class="actions">
      ${
        lost
          ? html`<button
              type="button"
              class="button secondary"
              @click=${() => shown.dispatch({ type: 'go', step: 'day' })}
            >
              ${t.otherDay}
            </button>`
          : renderBack(host, shown)
      }
    </div>`;
}

function renderSlotList(
  host: Host,
  t: BookingMessages,
  shown: Shown,
  slots: FreeSlot[],
  withDate: boolean,
): TemplateResult {
  const chosen = shown.flow.slot?.startMs;
  // Each name is said in full, never "30m": "kl. 10.00 til 10.30, 30 minutter" (with the date when it may
  // differ). The comma is only invisible (still inline, so the name has no stray space before it).
  return html`<ul class="slots">
    ${slots.map(
      (slot) =>
        html`<li>
          <button
            type="button"
            class="slot"
            part="slot"
            aria-current=${slot.startMs === chosen ? 'true' : nothing}
            @click=${() => shown.dispatch({ type: 'slot', slot })}
          >
            ${
              withDate
                ? html`<span class="date">${formatDate(slot.date, host.locale, { capital: true })},</span> `
                : nothing
            }<span class="time">${timeRange(t, slot, host.locale)}<span class="comma">,</span></span>
            <span class="duration">${t.duration(slot.minutes)}</span>
          </button>
        </li>`,
    )}
  </ul>`;
}
