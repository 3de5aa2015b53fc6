/** Registers `<torg-agenda>` (guarded: a second copy of the library steps aside). */
import { defineElement } from '../../core/define.js';
import { TorgAgenda } from './torg-agenda.js';

export { TorgAgenda };

defineElement('torg-agenda', TorgAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'torg-agenda': TorgAgenda;
  }
}
