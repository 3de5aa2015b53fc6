import { defineElement } from '../../core/define.js';
import { TorgBooking } from './torg-booking.js';

defineElement('torg-booking', TorgBooking);

export { TorgBooking };
export type { TorgBookingData } from './torg-booking.js';

declare global {
  interface HTMLElementTagNameMap {
    'torg-booking': TorgBooking;
  }
}
