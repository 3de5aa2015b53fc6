/**
 * The time step: the chosen day's free times, each a button with its full
 * name ("kl. 10.00–10.30, 30 minutter", never "30m"). After a time was
 * taken (409) or refused (422), a notice says so (it takes focus) and the
 * next free times are offered under a short heading per day.
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
  if (!withDate) return renderSlots(host, t, shown, slots, '');
  // The next free times (after a lost one) may fall on several days: a short heading per day, and each
  // time's name says its day to screen readers (the day is not repeated on screen).
  const days = [...new Set(slots.map((slot) => slot.date))];
  return html`${days.map((date) => {
    const day = formatDate(date, host.locale, { capital: true });
    return html`<div class="slot-day">
      <p class="slot-date" aria-hidden="true">${day}</p>
      ${renderSlots(
        host,
        t,
        shown,
        slots.filter((slot) => slot.date === date),
        day,
      )}
    </div>`;
  })}`;
}

/** Free times as buttons, each named in full ("kl. 10.00–10.30, 30 minutter", with `day` first when given). */
function renderSlots(host: Host, t: BookingMessages, shown: Shown, slots: FreeSlot[], day: string): TemplateResult {
  const chosen = shown.flow.slot?.startMs;
  // Never "30m". The commas are only invisible (still inline, so the name has no stray space before them).
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
            ${day ? html`<span class="vh">${day}, </span>` : nothing}<span class="time"
              >${timeRange(t, slot, host.locale)}<span class="comma">,</span></span
            >
            <span class="duration">${t.duration(slot.minutes)}</span>
          </button>
        </li>`,
    )}
  </ul>`;
}
