/**
 * Registers `<torg-stedskompass>` (guarded: a second copy of the library
 * steps aside).
 */
import { defineElement } from '../../core/define.js';
import { TorgStedskompass } from './torg-stedskompass.js';

defineElement('torg-stedskompass', TorgStedskompass);

export { TorgStedskompass };

declare global {
  interface HTMLElementTagNameMap {
    'torg-stedskompass': TorgStedskompass;
  }
}
