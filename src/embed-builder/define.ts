import { defineElement } from '../core/define.js';
import { TorgEmbedBuilder } from './embed-builder.js';

defineElement('torg-embed-builder', TorgEmbedBuilder);

export { TorgEmbedBuilder };

declare global {
  interface HTMLElementTagNameMap {
    'torg-embed-builder': TorgEmbedBuilder;
  }
}
