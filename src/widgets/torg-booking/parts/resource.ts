/**
 * The first step: the torg's resources grouped by kind (rooms, guidance,
 * digital meetings), each a card whose name is the button and whose
 * description, capacity, slot length and approval are its description.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Resource } from '../../../contract/schemas.js';
import type { WidgetHost } from '../../../core/widget-host.js';
import { groupResources } from '../../../domain/booking.js';
import { bookingCatalog, type BookingFirstMessages } from '../messages/index.js';
import type { Shown, TorgBooking } from '../torg-booking.js';

export function renderResources(host: WidgetHost<TorgBooking>, shown: Shown): TemplateResult {
  const t = host.text(bookingCatalog);
  const asked = host.element.resource;
  const unknown = asked && !shown.resources.some((r) => r.id === asked);
  let index = 0;
  return html`${unknown ? host.renderNotice(t.unknownResource(asked), 'warning') : nothing}
  ${groupResources(shown.resources).map(
    (group) =>
      html`${host.heading(1, t.kinds[group.kind], { class: 'sub group' })}
        <ul class="choices">
          ${group.resources.map((resource) => renderResource(t, shown, resource, `r${index++}`))}
        </ul>`,
  )}`;
}

function renderResource(t: BookingFirstMessages, shown: Shown, resource: Resource, id: string): TemplateResult {
  const facts = [
    resource.capacity ? t.capacity(resource.capacity) : '',
    t.slotLength(t.duration(resource.slotMinutes)),
    resource.requiresApproval ? t.approval : '',
  ].filter(Boolean);
  return html`<li class="card">
    <button
      type="button"
      class="choice"
      part="resource"
      aria-current=${resource.id === shown.flow.resourceId ? 'true' : nothing}
      aria-describedby=${id}
      @click=${() => shown.dispatch({ type: 'resource', id: resource.id })}
    >
      ${resource.name}
    </button>
    <div id=${id} class="about">
      ${resource.description ? html`<p>${resource.description}</p>` : nothing}
      <p class="facts">${facts.join(' · ')}</p>
    </div>
  </li>`;
}
