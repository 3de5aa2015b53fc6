/**
 * Loads a widget's view — a module of its own (`<tag>.view.ts`) — with its
 * texts and styles, and shows the shared states while it comes:
 *
 *   private readonly view = new ViewLoader(this.host, () => import('./torg-x.view.js'));
 *
 *   // in the data controller's load, so the view arrives in parallel with the data:
 *   void this.view.load();
 *
 *   protected override renderContent() {
 *     return this.view.render((view) => this.host.renderData(this.source, { loaded: (d) => view.render(d) }));
 *   }
 *
 * - The module, its catalogs in the element's language and its styles arrive
 *   together: the view is shown only when all three are there.
 * - A module that cannot be fetched (offline, a deploy replaced the files)
 *   gives the error state with a retry button that fetches it again.
 * - A widget whose code is small imports its view statically and passes
 *   `() => Promise.resolve(module)`: the same contract, no extra request.
 */
import type { CSSResultOrNative, ReactiveController } from 'lit';
import { TorgError } from '../contract/errors.js';
import type { Catalog } from './i18n.js';
import { createLogger } from './logger.js';
import type { WidgetHost } from './widget-host.js';

/** What a view module exports. */
export interface ViewModule<H extends WidgetHost, V> {
  /** Creates the view of one element. */
  createView(host: H): V;
  /** The view's styles, added after the element's own. */
  styles?: CSSResultOrNative | readonly CSSResultOrNative[];
  /** The catalogs the view speaks from. */
  catalogs?: readonly Catalog<unknown>[];
}

export type ViewState = 'idle' | 'loading' | 'ready' | 'error';

export class ViewLoader<H extends WidgetHost, V> implements ReactiveController {
  readonly #host: H;
  readonly #importer: () => Promise<ViewModule<H, V>>;
  #loading: Promise<V> | undefined;
  #current: V | undefined;
  #failure: TorgError | undefined;

  /** `source`: the view module itself (bundled with the element), or a function that imports it (a chunk). */
  constructor(host: H, source: ViewModule<H, V> | (() => Promise<ViewModule<H, V>>)) {
    this.#host = host;
    if (typeof source === 'function') {
      this.#importer = source;
    } else {
      // Bundled with the element: the view exists at once (its texts in another language load before it renders).
      this.#importer = () => Promise.resolve(source);
      this.#adopt(source);
      this.#loading = Promise.resolve(this.#current!);
    }
    // Last: on an element already on the page, this calls `hostConnected` (which loads) at once.
    host.addController(this);
  }

  /** The view, once loaded. */
  get view(): V | undefined {
    return this.#current;
  }

  get state(): ViewState {
    if (this.#current) return 'ready';
    if (this.#failure) return 'error';
    return this.#loading ? 'loading' : 'idle';
  }

  /** Whether the view's code is on its way. */
  get busy(): boolean {
    return this.state === 'loading';
  }

  /** Server rendering: loads the view now (the element is never connected there); nothing to do once it is there. */
  prepare(): Promise<V> | undefined {
    return this.#current || this.#failure ? undefined : this.load();
  }

  /** Starts loading (once); resolves with the view, rejects when its code cannot be fetched. */
  load(): Promise<V> {
    return (this.#loading ??= this.#fetch());
  }

  /** Fetches the view's code again after a failure. */
  retry(): void {
    this.#failure = undefined;
    this.#loading = undefined;
    this.#host.announce(this.#host.core.loading);
    void this.load().catch(() => undefined);
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    // A view is needed as soon as the element is on a page.
    void this.load().catch(() => undefined);
  }

  /** The view's content, or the loading state while it comes, or the error state with a retry. */
  render(content: (view: V) => unknown): unknown {
    if (this.#current) return content(this.#current);
    if (this.#failure) return this.#host.renderError(this.#failure, () => this.retry());
    return this.#host.renderLoading();
  }

  /** Adds the module's styles and texts to the element and creates its view (once). */
  #adopt(module: ViewModule<H, V>): V {
    const styles = module.styles;
    if (styles) this.#host.addStyles(...(Array.isArray(styles) ? styles : [styles as CSSResultOrNative]));
    this.#host.speak(...(module.catalogs ?? []));
    return (this.#current ??= module.createView(this.#host));
  }

  async #fetch(): Promise<V> {
    try {
      const module = await this.#importer();
      // Texts in the element's language come with the code (bokmål is in it).
      await Promise.all((module.catalogs ?? []).map((catalog) => catalog.load(this.#host.locale)));
      const view = this.#adopt(module);
      this.#host.requestUpdate();
      return view;
    } catch (error) {
      createLogger(this.#host.element.localName).warn('could not load its view:', error);
      this.#failure = new TorgError('network', 'The widget’s code could not be loaded', { cause: error });
      this.#host.requestUpdate();
      throw this.#failure;
    }
  }
}
