import { defineElement } from '../../core/define.js';
import { TorgBooking } from './torg-booking.js';

defineElement('torg-booking', TorgBooking);

declare global {
  interface HTMLElementTagNameMap {
    'torg-booking': TorgBooking;
  }
}
