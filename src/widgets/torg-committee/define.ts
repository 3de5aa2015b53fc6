/**
 * Registers `<torg-committee>` (guarded: a second copy of the library is harmless).
 */
import { defineElement } from '../../core/define.js';
import { TorgCommittee } from './torg-committee.js';

export { TorgCommittee };
export type { TorgCompositionEventDetail } from './torg-committee.js';

defineElement('torg-committee', TorgCommittee);

declare global {
  interface HTMLElementTagNameMap {
    'torg-committee': TorgCommittee;
  }
}
