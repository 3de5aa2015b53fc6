/** Registers `<torg-finder>` (guarded: a second copy of the library steps aside). */
import { defineElement } from '../../core/define.js';
import { TorgFinder } from './torg-finder.js';

defineElement('torg-finder', TorgFinder);

export { TorgFinder };

declare global {
  interface HTMLElementTagNameMap {
    'torg-finder': TorgFinder;
  }
}
