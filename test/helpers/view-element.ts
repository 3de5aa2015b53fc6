/**
 * A test-only widget in the one shape (CONTRIBUTING.md): an element with a
 * data controller on its host and a view loaded through a ViewLoader whose
 * import can be made to fail, to prove the view contract (texts, headings,
 * overrides, chunk failures and retry) without a real widget.
 */
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Torg } from '../../src/contract/schemas.js';
import { getTorgList, type Collection } from '../../src/core/api.js';
import { DataController } from '../../src/core/data-controller.js';
import { defineElement } from '../../src/core/define.js';
import { createCatalog } from '../../src/core/i18n.js';
import { TorgElement } from '../../src/core/torg-element.js';
import { ViewLoader, type ViewModule } from '../../src/core/view-loader.js';
import type { WidgetHost } from '../../src/core/widget-host.js';

export interface ViewTestMessages {
  title: string;
  count: (n: number) => string;
}

declare module '../../src/core/i18n.js' {
  interface TorgTexts {
    'test-view-element': ViewTestMessages;
  }
}

export const viewTestCatalog = createCatalog<ViewTestMessages>(
  'test-view-element',
  { title: 'Alle torg', count: (n) => `${n} torg` },
  {
    nn: () => Promise.resolve({ default: { title: 'Alle torg (nn)', count: (n: number) => `${n} torg (nn)` } }),
    en: () => Promise.resolve({ default: { title: 'Every torg', count: (n: number) => `${n} places` } }),
  },
);

function createView(host: WidgetHost<TestViewElement>) {
  return {
    render(items: Torg[]) {
      const t = host.text(viewTestCatalog);
      return html`${host.heading(0, t.title, { part: 'heading' })} ${host.heading(1, t.count(items.length))}
        <ul part="list">
          ${items.map((item) => html`<li>${item.name}</li>`)}
        </ul>`;
    },
  };
}

type View = ReturnType<typeof createView>;

export const viewModule: ViewModule<WidgetHost<TestViewElement>, View> = {
  createView,
  catalogs: [viewTestCatalog],
  styles: css`
    [part='list'] {
      outline: 1px solid transparent;
    }
  `,
};

/** How the next view imports go: `fail` rejects like a chunk that cannot be fetched. */
export const viewImports = { fail: 0, calls: 0 };

export class TestViewElement extends TorgElement {
  @property({ attribute: false }) data?: Torg[];

  private readonly source = new DataController<Collection<Torg>, readonly [Torg[] | undefined]>(this.host, {
    args: () => [this.data] as const,
    load: async ([data], { api }) => (data ? { items: data, skipped: 0 } : getTorgList(api())),
    isEmpty: (value) => value.items.length === 0,
  });

  private readonly ui = new ViewLoader(this.host, () => {
    viewImports.calls++;
    if (viewImports.fail > 0) {
      viewImports.fail--;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    }
    return Promise.resolve(viewModule);
  });

  protected override renderContent(): unknown {
    return this.ui.render((view) =>
      this.host.renderData(this.source, { loaded: (value) => view.render(value.items), empty: () => '—' }),
    );
  }
}

defineElement('test-view-element', TestViewElement);

declare global {
  interface HTMLElementTagNameMap {
    'test-view-element': TestViewElement;
  }
}
