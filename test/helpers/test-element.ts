/**
 * A test-only element on the shared base: it lists the torg from `GET /torg`
 * (or its `data` property). It proves the base class — configuration,
 * language and the shared states — without a public stub element.
 */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { getTorgList, type Collection } from '../../src/core/api.js';
import { DataController } from '../../src/core/data-controller.js';
import { defineElement } from '../../src/core/define.js';
import type { Torg } from '../../src/contract/schemas.js';
import { TorgElement } from '../../src/core/torg-element.js';

export class TestTorgElement extends TorgElement {
  @property({ attribute: false }) data?: Torg[];

  readonly torg = new DataController<Collection<Torg>, readonly [Torg[] | undefined]>(this, {
    args: () => [this.data] as const,
    load: async ([data], { api }) => (data ? { items: data, skipped: 0 } : getTorgList(api())),
    isEmpty: (value) => value.items.length === 0,
  });

  protected override renderContent(): unknown {
    return this.renderData(this.torg, {
      loaded: (value) =>
        html`<ul part="list">
          ${value.items.map((t) => html`<li>${t.name}</li>`)}
        </ul>`,
      empty: () => (this.locale === 'en' ? 'No torg.' : 'Ingen torg.'),
      skipped: (value) => value.skipped,
    });
  }
}

defineElement('test-torg-element', TestTorgElement);

declare global {
  interface HTMLElementTagNameMap {
    'test-torg-element': TestTorgElement;
  }
}
