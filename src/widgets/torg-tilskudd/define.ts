import { defineElement } from '../../core/define.js';
import { TorgTilskudd } from './torg-tilskudd.js';

defineElement('torg-tilskudd', TorgTilskudd);

export { TorgTilskudd };

declare global {
  interface HTMLElementTagNameMap {
    'torg-tilskudd': TorgTilskudd;
  }
}
