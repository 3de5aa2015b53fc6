import { defineElement } from '../../core/define.js';
import { TorgInnspill } from './torg-innspill.js';

defineElement('torg-innspill', TorgInnspill);

export { TorgInnspill };

declare global {
  interface HTMLElementTagNameMap {
    'torg-innspill': TorgInnspill;
  }
}
