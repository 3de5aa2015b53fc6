// A Lit app that uses one element: one Lit for both, the element's types in the template.
import { LitElement, html } from 'lit';
import 'torg-widgets/torg-events.js';
import type { TorgEvents } from 'torg-widgets/torg-events.js';

export class MyCalendar extends LitElement {
  static override properties = { torg: {} };
  torg = 'tofte';

  override render() {
    return html`<torg-events .torg=${this.torg} view="month" @torg-select=${() => undefined}></torg-events>`;
  }

  get calendar(): TorgEvents | null {
    return this.renderRoot.querySelector('torg-events');
  }
}
customElements.define('my-calendar', MyCalendar);
