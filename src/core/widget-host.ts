/**
 * The one contract between a widget's element and its view.
 *
 * The element (`<tag>.ts`) is the public surface: attributes, properties,
 * events, data. The view (`<tag>.view.ts`) holds the UI state and renders.
 * The view sees its element only through this interface — the resolved
 * language, texts, announcements, the shared state templates, the API
 * context, styles and headings — so nothing protected has to be reached
 * from outside, and every widget's view is written the same way.
 *
 * A `WidgetHost` is also a `ReactiveControllerHost`: controllers (a data
 * controller, a date grid) can be added to it, and `requestUpdate()` renders
 * the element again.
 */
import type { CSSResultOrNative, ReactiveControllerHost, TemplateResult, nothing } from 'lit';
import type { Locale } from './config.js';
import type { ApiContext } from './api.js';
import type { DataSource } from './data-controller.js';
import type { Catalog } from './i18n.js';
import type { CoreFirstMessages } from './messages/index.js';
import type { TorgError } from '../contract/errors.js';

/** How a data controller's states are shown (see `WidgetHost.renderData`). */
export interface StateTemplates<T> {
  /** The data, loaded (also shown while stale or refreshing). */
  loaded: (value: T) => unknown;
  /** The empty state's text or template. */
  empty?: (value: T) => TemplateResult | string;
  /** A skeleton shaped like the loaded content (default: the element's own skeleton). */
  loading?: () => TemplateResult;
  /** How many items could not be read (a notice says so). */
  skipped?: (value: T) => number;
  /** Plain words for an error, when the widget knows better than the defaults (e.g. an unknown torg). */
  errorMessage?: (error: TorgError | Error) => string | undefined;
}

export type NoticeTone = 'info' | 'warning' | 'error';

/** A heading's place below the widget's top heading (0: the top heading itself). */
export type HeadingDepth = 0 | 1 | 2;

export interface HeadingOptions {
  id?: string;
  part?: string;
  class?: string;
  /** Focusable by script (a step's heading that receives focus). */
  focusable?: boolean;
}

export interface WidgetHost<E extends HTMLElement = HTMLElement> extends ReactiveControllerHost {
  /** The element: its public attributes and properties, its shadow root; the target of its events. */
  readonly element: E;
  /** The resolved language. */
  readonly locale: Locale;
  /** The shared states' texts in that language (those of the error and stale states come with them: `errorText`). */
  readonly core: CoreFirstMessages;
  /** A catalog's texts in that language, with the page's and the element's overrides (bokmål until loaded). */
  text<T>(catalog: Catalog<T>): T;
  /** Makes sure these catalogs are loaded in the element's language before it renders them. */
  speak(...catalogs: Catalog<unknown>[]): void;
  /** Reads a message out to screen-reader users (polite live region); `''` clears it. */
  announce(text: string): void;
  /** Adds styles to the element's shadow root, after its own (the one way to add styles later). */
  addStyles(...styles: CSSResultOrNative[]): void;
  /** The API context for a request; throws a `TorgError('config')` when there is no usable base. */
  api(signal?: AbortSignal, revalidate?: boolean): ApiContext;
  /**
   * A heading at the widget's level (`heading-level`) plus `depth`, sized by its depth. The top heading
   * (depth 0) is the widget's title: `hide-title` hides it from view, not from screen readers.
   */
  heading(depth: HeadingDepth, content: unknown, options?: HeadingOptions): TemplateResult;
  /**
   * The level (1–6) `heading(depth, …)` draws. For a list that draws a heading in each of thousands of
   * rows inside its own template (the tag joined into its strings), where a nested template per row would cost.
   */
  headingLevel(depth: HeadingDepth): number;
  /** Moves focus to the first match of `selector` in the shadow root after the next render. */
  focus(selector: string): Promise<void>;

  // --- the shared states ---
  /** A data source's state with the shared loading, empty, error and stale views. */
  renderData<T>(source: DataSource<T>, templates: StateTemplates<T>): unknown;
  /** The loading state (busy, with a visible "Laster …"). */
  renderLoading(skeleton?: () => TemplateResult): TemplateResult;
  /** The error state: plain words, and a retry button when trying again can help. */
  renderError(
    error: Error | undefined,
    retry?: () => void,
    explain?: (error: Error) => string | undefined,
  ): TemplateResult;
  /**
   * A widget set up wrong: "Innholdet kan ikke vises akkurat nå." for citizens, and `reason` (for example
   * `host.core.missingAttribute('torg')`) under a collapsed "Teknisk informasjon" and in the console.
   * `renderError` shows a `TorgError('config')` this way too.
   */
  renderConfigError(reason: string): TemplateResult;
  /** The plain-language text for an error. */
  errorText(error: Error | undefined): string;
  /**
   * Loads the words `errorText` says (they come when an error is first shown): what says a failure at once,
   * such as an announcement after "send", waits for this first.
   */
  loadErrorTexts(): Promise<void>;
  /** A notice box. */
  renderNotice(text: string, tone?: NoticeTone, action?: TemplateResult): TemplateResult;
  /** "All times are Norwegian time", only when the viewer's zone differs. */
  renderOsloTimeNote(): TemplateResult | typeof nothing;
}
