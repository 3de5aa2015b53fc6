/** Registers `<torg-events>` (guarded: a second copy of the library steps aside). */
import { defineElement } from '../../core/define.js';
import { TorgEvents } from './torg-events.js';

defineElement('torg-events', TorgEvents);

export { TorgEvents };
export type { EventsView } from './torg-events.js';

declare global {
  interface HTMLElementTagNameMap {
    'torg-events': TorgEvents;
  }
}
