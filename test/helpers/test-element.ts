/**
 * A test-only element on the shared base: a title and the torg from
 * `GET /torg` (or its `data` property). It proves the base class —
 * configuration, language, theme, headings and the shared states — without a
 * public stub element. It uses the base only as a widget does, through
 * `this.host`.
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

  /** Like a widget whose `torg` is required: without it, a configuration error. */
  @property({ attribute: 'require-torg', type: Boolean }) requireTorg = false;

  @property() torgId?: string;

  private readonly torg = new DataController<Collection<Torg>, readonly [Torg[] | undefined]>(this.host, {
    args: () => [this.data] as const,
    load: async ([data], { api }) => (data ? { items: data, skipped: 0 } : getTorgList(api())),
    isEmpty: (value) => value.items.length === 0,
  });

  protected override renderContent(): unknown {
    if (this.requireTorg && !this.torgId)
      return this.host.renderConfigError(this.host.core.missingAttribute('torg-id'));
    const en = this.host.locale === 'en';
    return this.host.renderData(this.torg, {
      loaded: (value) =>
        html`${this.host.heading(0, en ? 'All torg' : 'Alle torg', { part: 'heading' })}
          <ul part="list">
            ${value.items.map((t) => html`<li>${t.name}</li>`)}
          </ul>`,
      empty: () => (en ? 'No torg.' : 'Ingen torg.'),
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
