import { defineElement } from '../../core/define.js';
import { TorgOpeningHours } from './torg-opening-hours.js';

defineElement('torg-opening-hours', TorgOpeningHours);

export { TorgOpeningHours };

declare global {
  interface HTMLElementTagNameMap {
    'torg-opening-hours': TorgOpeningHours;
  }
}
