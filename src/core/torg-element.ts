/**
 * The base of every torg widget: configuration (`api-base`, `lang`, `theme`,
 * `heading-level`, `hide-title`, `texts`), the resolved language, a polite
 * live region, and the shared states — loading (busy, a visible "Laster …",
 * no layout jump), empty, error (plain words and a retry button; for a
 * widget set up wrong, plain words for citizens and the reason for the web
 * editor) and stale (last good data kept when a refresh fails).
 *
 * A widget's element and its view use these through one object, the
 * element's `host` ({@link WidgetHost}): nothing here is public beyond the
 * documented attributes, properties and `refresh()`.
 */
import {
  LitElement,
  adoptStyles,
  html,
  isServer,
  nothing,
  type CSSResultOrNative,
  type PropertyDeclarations,
  type PropertyValues,
  type ReactiveController,
  type TemplateResult,
  unsafeCSS,
} from 'lit';
import { TorgError, isTorgError } from '../contract/errors.js';
import { loadingRoomCss, type FirstScreen } from './first-screen.js';
import type { ApiContext } from './api.js';
import { ANSWERS_FRESH_MS, readAnswers, type AnswerBook } from './answers.js';
import { osloClock, viewerZoneIsNotOslo } from './clock.js';
import { mapLocale, resolveApiBase, resolveLocale, resolveTheme, type Locale, type Theme } from './config.js';
import type { DataSource, DataState } from './data-controller.js';
import { applyOverrides, onTextsChange, readPageTexts, textsVersion, type Catalog } from './i18n.js';
import { createLogger } from './logger.js';
import { coreCatalog, loadStates, statesCatalog, type CoreMessages } from './messages/index.js';
import { sharedStyles } from './styles.js';
import type { HeadingDepth, HeadingOptions, NoticeTone, StateTemplates, WidgetHost } from './widget-host.js';

/** An error of a Trusted Types sink (an HTML string where the page requires `TrustedHTML`). */
function isTrustedTypesError(error: unknown): boolean {
  return error instanceof TypeError && /Trusted ?(HTML|Types?|Script)/i.test(error.message);
}

/** The loading state's room per first screen (see `first-screen.ts`), one style sheet each. */
const loadingRooms = new Map<FirstScreen, CSSResultOrNative>();

/** Connected elements: they re-render when `<html lang>` or the page-wide texts change. */
const live = new Set<TorgElement>();
let watching = false;

function watchPage(): void {
  if (watching) return;
  watching = true;
  const rerender = (): void => {
    for (const element of live) element.requestUpdate();
  };
  new MutationObserver(rerender).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  onTextsChange(rerender);
}

/** Per-element text replacements, per language (see `texts`). */
export type ElementTexts = Partial<Record<Locale, Record<string, unknown>>>;

/** The `texts` attribute is JSON; unreadable JSON is reported and ignored, never thrown into the page. */
const textsConverter = {
  fromAttribute(value: string | null): ElementTexts | undefined {
    if (!value) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as ElementTexts;
    } catch {
      // Reported below.
    }
    createLogger('torg-widgets').warn('the texts attribute is not a JSON object and was ignored:', value);
    return undefined;
  },
};

/** Something the element can ask to load its data again (its data controllers). */
interface Refreshable extends ReactiveController {
  refresh(): Promise<void>;
  readonly state?: DataState;
  readonly error?: Error | undefined;
}

/**
 * What the element's content needs loaded before it can be shown (its data controllers, a view loader):
 * the first render after server rendering waits for it, and server rendering runs it.
 */
interface Preparable extends ReactiveController {
  /** A load is on its way. */
  readonly busy: boolean;
  /** Server rendering: starts what the content needs, outside the update cycle; `undefined` when there is nothing to do. */
  prepare(): Promise<unknown> | undefined;
}

/** What server rendering gives back (see `renderOnServer`). */
export interface ServerRender {
  /** The element's render (its shadow root's content) with its data. */
  content: unknown;
  /** The styles of its shadow root, in order. */
  styles: CSSResultOrNative[];
}

/**
 * `<h1>`…`<h6>`: a tag name cannot be a binding, so each level has its template's strings, made once here
 * from constants as `lit/static-html.js` makes its own (which would cost every element 0.2 kB more).
 */
const HEADINGS = [1, 2, 3, 4, 5, 6].map((level) => {
  const strings = [`<h${level} id=`, ' part=', ' class=', ' tabindex=', '>', `</h${level}>`];
  return Object.assign(strings, { raw: strings });
});

/**
 * Each colour token falls back to Designsystemet's (`--ds-color-…`) or Punkt's (`--pkt-color-…`) when the
 * page has them, then to the light or dark default (see the README, "Theming").
 *
 * @cssprop --torg-color-text - Text colour.
 * @cssprop --torg-color-text-muted - Secondary text colour.
 * @cssprop --torg-color-bg - The widget's background, and that of controls and cards.
 * @cssprop --torg-color-surface - Background of panels.
 * @cssprop --torg-color-border - Borders of controls.
 * @cssprop --torg-color-border-subtle - Hairlines between rows.
 * @cssprop --torg-color-primary - Buttons, selection and accents.
 * @cssprop --torg-color-primary-hover - A primary button under the pointer.
 * @cssprop --torg-color-on-primary - Text on primary.
 * @cssprop --torg-color-link - Links.
 * @cssprop --torg-color-focus - The focus ring.
 * @cssprop --torg-color-success - "Open", "met" and other good news (with --torg-color-success-bg).
 * @cssprop --torg-color-danger - Errors, "closed", "not met" (with --torg-color-danger-bg).
 * @cssprop --torg-color-warning - Warnings (with --torg-color-warning-bg).
 * @cssprop --torg-color-success-bg - Background of good news.
 * @cssprop --torg-color-danger-bg - Background of errors.
 * @cssprop --torg-color-warning-bg - Background of warnings.
 * @cssprop --torg-color-info-bg - Background of information notices.
 * @cssprop --torg-color-skeleton - The loading bars.
 * @cssprop --torg-font-family - Font (default: the page's).
 * @cssprop --torg-font-size - Base size (default: 1em of the page).
 * @cssprop --torg-line-height - Line height (default 1.5).
 * @cssprop --torg-radius - Corner radius.
 * @cssprop --torg-focus-width - Width of the focus ring (default 3px).
 * @cssprop --torg-padding - Space between the widget's edge and its content (default 0).
 * @cssprop --torg-space-1 - Spacing, smallest (default 0.25em).
 * @cssprop --torg-space-2 - Spacing (default 0.5em).
 * @cssprop --torg-space-3 - Spacing (default 0.75em).
 * @cssprop --torg-space-4 - Spacing (default 1em).
 * @cssprop --torg-space-5 - Spacing (default 1.5em).
 * @cssprop --torg-space-6 - Spacing, largest (default 2em).
 * @cssprop --torg-shadow - Shadow of raised surfaces (popups, the map's markers).
 * @cssprop --torg-loading-min-height - Height reserved while loading.
 *
 * @csspart base - The widget's outer container (its own background and text colour).
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart details - "Technical details" of a configuration error, for the web editor.
 * @csspart empty - The empty state.
 * @csspart notice - Notices (stale data, unreadable items, time zone).
 * @csspart loading - The loading state ("Laster …" and the skeleton).
 */
export abstract class TorgElement extends LitElement {
  /**
   * Lit's reactive properties, each documented where it is declared below.
   * @internal
   */
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    lang: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    hideTitle: { attribute: 'hide-title', type: Boolean },
    theme: {},
    texts: { converter: textsConverter },
    locale: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  static override styles: CSSResultOrNative[] = sharedStyles;

  /**
   * The room of the element's first screen (`core/first-screens/<tag>.ts`), held by its loading state: each
   * element names its own, so its first render carries no other element's.
   * @internal
   */
  static firstScreen?: FirstScreen;

  /** Base URL of the municipal API. Default: the page's `<meta name="torg:api-base">`, else the documented default. */
  apiBase?: string;

  /** Language: `nb` (default), `nn` or `en`; when absent, the nearest ancestor's `lang`. */
  override lang = '';

  /** The level of the widget's top heading, `1`–`6` (default `2`); its inner headings follow one level below. */
  headingLevel = 2;

  /**
   * Hides the widget's own title from view when the page has a heading of its own; screen readers still
   * find it, so the heading outline stays whole.
   */
  hideTitle = false;

  /**
   * Colours: `light`, `dark`, or `auto` (follows the viewer's `prefers-color-scheme`). Default: the page's
   * `<meta name="torg:theme" content="…">`, else `light`.
   */
  theme?: Theme;

  /**
   * Replacements for the widget's texts, per language: `{ "nb": { "key": "text" } }` (as a JSON attribute
   * or a property). Keys are those of the widget's message tables (see the README, "Texts").
   */
  texts?: ElementTexts;

  /** The resolved language. */
  private locale: Locale = 'nb';

  /** Text for the polite live region (async changes read out to screen readers). */
  private announcement = '';

  /**
   * What a widget's element and view use of the base: see {@link WidgetHost}.
   * @internal For the element's own modules (its view); not part of the package's API.
   */
  protected readonly host: WidgetHost<this>;

  /** The catalogs the element speaks from, loaded in its language before it renders. */
  readonly #spoken = new Set<Catalog<unknown>>([coreCatalog]);

  /** Styles added after the element's own (see `host.addStyles`). */
  readonly #extraStyles: CSSResultOrNative[] = [];

  /** The controllers added through the host: what `refresh()` loads again, what the content waits for. */
  readonly #controllers = new Set<ReactiveController & Partial<Refreshable & Preparable>>();

  /** Answers that came with server-rendered HTML, for the first load only (see `answers.ts`). */
  #answers?: AnswerBook | undefined;

  /** When the server had those answers (epoch ms). */
  #answersAt = 0;

  /**
   * The content of a declarative shadow root (the server's render): on screen until this element's own
   * render has its texts, view and data, then replaced in the same frame — no flash of a loading state.
   */
  #serverContent?: ChildNode[] | undefined;

  /** This update keeps the server's content (see `update`). */
  #keepServerContent = false;

  /** Whether the element has rendered with its texts ready once (later, a new language keeps the old until ready). */
  #shownOnce = false;

  /** Per-element texts merged into a catalog's table, for the inputs they were made from. */
  readonly #merged = new WeakMap<Catalog<unknown>, { key: unknown[]; value: unknown }>();

  /** Configuration errors already written to the console (each once). */
  readonly #reported = new Set<string>();

  constructor() {
    super();
    // The loading state holds the room of the first screen, as `dist/torg-widgets.css` did before the script ran.
    const spec = (this.constructor as typeof TorgElement).firstScreen;
    if (spec) {
      let room = loadingRooms.get(spec);
      if (!room) loadingRooms.set(spec, (room = unsafeCSS(loadingRoomCss(spec))));
      this.#extraStyles.push(room);
    }
    // The host delegates to the element; a view holds it instead of the element's private parts.
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the host's getters close over the element
    const element = this;
    this.host = {
      element,
      get locale() {
        return element.locale;
      },
      get core() {
        return element.#text(coreCatalog);
      },
      text: (catalog) => this.#text(catalog),
      speak: (...catalogs) => {
        for (const catalog of catalogs) this.#spoken.add(catalog);
        this.requestUpdate();
      },
      announce: (text) => this.#announce(text),
      addStyles: (...styles) => this.#addStyles(styles),
      api: (signal, revalidate) => this.#api(signal, revalidate),
      heading: (depth, content, options) => this.#heading(depth, content, options),
      headingLevel: (depth) => this.#level(depth),
      focus: (selector) => this.#focus(selector),
      // A controller that can load again (a data controller) is refreshed by `refresh()`.
      addController: (controller) => {
        this.addController(controller);
        this.#controllers.add(controller);
      },
      removeController: (controller) => {
        this.removeController(controller);
        this.#controllers.delete(controller);
      },
      requestUpdate: () => this.requestUpdate(),
      get updateComplete() {
        return element.updateComplete;
      },
      renderData: (source, templates) => this.#renderData(source, templates),
      renderLoading: (skeleton) => this.#renderLoading(skeleton),
      renderError: (error, retry, explain) => this.#renderError(error, retry, explain),
      renderConfigError: (reason) => this.#renderConfigError(reason),
      errorText: (error) => this.#errorText(error),
      loadErrorTexts: () => this.#loadStates().then(() => undefined),
      renderNotice: (text, tone, action) => this.#renderNotice(text, tone, action),
      renderOsloTimeNote: () => this.#renderOsloTimeNote(),
    };
  }

  /** Loads the widget's data again from the API (shown data stays visible if that fails). */
  async refresh(): Promise<void> {
    await Promise.all([...this.#controllers].map((controller) => controller.refresh?.()));
  }

  /**
   * Server rendering (`torg-widgets/ssr`), never in a browser: loads what the first render shows — the texts
   * in the element's language, its view, its data (asking through `answers`, which notes what the API
   * answered) — and gives that render with its styles. `changed`: the properties set from attributes.
   * Rejects when the data or the view cannot be loaded.
   * @internal
   */
  async renderOnServer(answers: AnswerBook, changed: PropertyValues): Promise<ServerRender> {
    // `isServer` is a constant: the browser's files carry none of this (Node.js resolves Lit's server build).
    if (!isServer) throw new TypeError('renderOnServer runs in Node.js only (torg-widgets/ssr)');
    this.#answers = answers;
    this.locale = mapLocale(this.lang);
    // Inputs may follow from loaded data (the agenda's places follow its meetings): load until nothing starts.
    for (let round = 0; round < 8; round++) {
      this.willUpdate(changed);
      const work = [...this.#controllers].map((controller) => controller.prepare?.()).filter(Boolean);
      if (!work.length) break;
      await Promise.all(work);
    }
    await Promise.all([...this.#spoken].map((catalog) => catalog.load(this.locale)));
    // What the stale and skipped notices say, so the server's render is the browser's (no busy data in it).
    await this.#loadStates();
    const failed = [...this.#controllers].find((controller) => controller.refresh && controller.state === 'error');
    if (failed) throw failed.error ?? new TorgError('invalid-data', 'the data could not be loaded');
    this.willUpdate(changed);
    return {
      content: this.render(),
      styles: [...(this.constructor as typeof LitElement).elementStyles, ...this.#extraStyles],
    };
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const declared = this.shadowRoot;
    if (declared) {
      // Rendered on the server: its content stays until this element's own render replaces it (see `update`).
      // Lit's own root creation is skipped, so its content is not taken for a Lit render to hydrate.
      this.#serverContent = [...declared.childNodes];
      this.#adopt(declared);
      return declared;
    }
    const root = super.createRenderRoot();
    // Styles added before the shadow root existed (an eagerly created view's).
    if (this.#extraStyles.length) this.#adopt(root);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && !this.#answers) {
      const found = readAnswers(this);
      this.#answers = found?.book;
      this.#answersAt = found?.at ?? 0;
    }
    readPageTexts();
    watchPage();
    live.add(this);
    this.#syncLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    this.#syncLocale();
    if (this.#messagesReady() || !this.#shownOnce) return super.shouldUpdate(changed);
    // Another language is loading: keep what is shown until its texts are there (no flash of a skeleton).
    return false;
  }

  /**
   * Under Trusted Types that does not allow Lit's policy (`lit-html`), Lit
   * cannot create its templates: instead of an uncaught error and an empty
   * box, the widget says so in plain text (which needs no policy).
   */
  protected override update(changed: PropertyValues<this>): void {
    if (this.#serverContent || this.#answers) {
      const settled = this.#settled();
      this.#keepServerContent = !settled && this.#serverContent !== undefined;
      if (settled) this.#hydrate();
    }
    try {
      super.update(changed);
    } catch (error) {
      if (!isTrustedTypesError(error)) throw error;
      if (this.#blocked) return;
      this.#blocked = true;
      createLogger(this.localName).error(
        'blocked by the page\'s Trusted Types policy: allow "lit-html" (see the README).',
        error,
      );
      // Said when its words came (plain words without them: the content cannot be shown).
      void this.#loadStates().then((texts) => {
        const notice = document.createElement('p');
        notice.className = 'state-error';
        notice.setAttribute('part', 'error');
        notice.setAttribute('role', 'alert');
        notice.textContent = texts?.trustedTypes ?? this.#text(coreCatalog).errors.config;
        this.renderRoot.replaceChildren(notice);
      });
    }
  }

  /** Lit could not render under the page's Trusted Types: the element says so in plain text (see `update`). */
  #blocked = false;

  /**
   * Whether the content can be shown as it will stay: its texts are there and no data or view is on its way
   * (after server rendering, from the answers that came with the page).
   */
  #settled(): boolean {
    return (
      this.#messagesReady() && [...this.#controllers].every((controller) => !controller.prepare || !controller.busy)
    );
  }

  /**
   * The first render with everything loaded: the server's content goes in the same frame as this render
   * comes. The answers that came with the page are not used again; when they are old, the data is asked for
   * once more in the background (it stays on screen meanwhile).
   */
  #hydrate(): void {
    for (const node of this.#serverContent ?? []) node.remove();
    this.#serverContent = undefined;
    if (this.#answers && Date.now() - this.#answersAt > ANSWERS_FRESH_MS) {
      void this.updateComplete.then(() => this.refresh());
    }
    this.#answers = undefined;
  }

  override render(): TemplateResult | typeof nothing {
    // The server's content stays on screen while this element loads the same data (see `update`).
    if (this.#keepServerContent) return nothing;
    const ready = this.#messagesReady();
    if (ready) this.#shownOnce = true;
    return html`
      <div part="base" class="base" lang=${this.locale} data-theme=${resolveTheme(this.theme)} tabindex="-1">
        ${ready ? this.renderContent() : this.#renderLoading()}
      </div>
      <div class="vh" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }

  /** The widget's content inside the base container. */
  protected abstract renderContent(): unknown;

  /** Bars that hold the space while loading; a widget draws one shaped like its content. */
  protected renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" aria-hidden="true">
      <div class="bar"></div>
      <div class="bar"></div>
      <div class="bar"></div>
      <div class="bar"></div>
    </div>`;
  }

  // --- what the host gives the widget ------------------------------------------------

  /** The language: the `lang` attribute, else the nearest ancestor's (crossing shadow roots), else `<html lang>`. */
  #syncLocale(): void {
    const locale = this.lang?.trim() ? mapLocale(this.lang) : resolveLocale(this);
    if (locale !== this.locale) this.locale = locale;
  }

  /** Whether every catalog has the resolved language; starts loading what is missing. */
  #messagesReady(): boolean {
    const locale = this.locale;
    const missing = [...this.#spoken].filter((catalog) => !catalog.get(locale));
    if (missing.length === 0) return true;
    void Promise.all(missing.map((catalog) => catalog.load(locale))).then(() => this.requestUpdate());
    return false;
  }

  /** A catalog's texts in the resolved language, with the page's and this element's replacements. */
  #text<T>(catalog: Catalog<T>): T {
    const locale = this.locale;
    const table = catalog.get(locale) ?? (catalog.get('nb') as T);
    const own = this.texts?.[locale];
    if (!own) return table;
    const key = [table, own, textsVersion()];
    const cached = this.#merged.get(catalog);
    if (cached && cached.key.every((part, i) => part === key[i])) return cached.value as T;
    const value = applyOverrides(table, own);
    this.#merged.set(catalog, { key, value });
    return value;
  }

  /** The API context for a request; a `config` error when the base is unusable. */
  #api(signal?: AbortSignal, revalidate = false): ApiContext {
    const result = resolveApiBase(this.apiBase);
    if (!result.ok) throw new TorgError('config', this.#text(coreCatalog).badApiBase(result.value));
    return {
      base: result.base,
      signal,
      ...(revalidate ? { revalidate } : {}),
      ...(this.#answers ? { answers: this.#answers } : {}),
    };
  }

  /** Adds styles to the shadow root, after the element's own. */
  #addStyles(styles: CSSResultOrNative[]): void {
    const added = styles.filter((style) => !this.#extraStyles.includes(style));
    if (!added.length) return;
    this.#extraStyles.push(...added);
    this.#adopt(this.renderRoot);
  }

  #adopt(root: HTMLElement | DocumentFragment | undefined): void {
    if (!isServer && root instanceof ShadowRoot) {
      adoptStyles(root, [...(this.constructor as typeof LitElement).elementStyles, ...this.#extraStyles]);
    }
  }

  /** The frame that will put the next announcement in the live region. */
  #announcing = 0;

  /** Reads a message out to screen-reader users through the polite live region; `''` clears it. */
  #announce(text: string): void {
    // Clearing first makes a repeated message be read again. A message still waiting for its frame is
    // dropped: the region never says what no longer holds (a "Sending …" after the answer came).
    cancelAnimationFrame(this.#announcing);
    this.announcement = '';
    if (text) this.#announcing = requestAnimationFrame(() => (this.announcement = text));
  }

  /** A heading at `heading-level` + depth; its size follows the depth. The title (depth 0) can be hidden from view. */
  #heading(depth: HeadingDepth, content: unknown, options: HeadingOptions = {}, title = true): TemplateResult {
    const hidden = title && depth === 0 && this.hideTitle;
    const classes = [options.class, `depth-${depth}`, hidden ? 'vh' : ''].filter(Boolean).join(' ');
    const id = options.id ?? nothing;
    const part = options.part ?? nothing;
    const tabindex = options.focusable ? '-1' : nothing;
    return html(HEADINGS[this.#level(depth) - 1]!, id, part, classes, tabindex, content);
  }

  /** `heading-level` (1–6, else 2) plus `depth`, at most 6. */
  #level(depth: HeadingDepth): number {
    return Math.min(6, Math.max(1, Math.trunc(Number(this.headingLevel)) || 2) + depth);
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus({ preventScroll: false });
  }

  // --- the shared states ------------------------------------------------------------

  #renderData<T>(data: DataSource<T>, templates: StateTemplates<T>): unknown {
    const value = data.value;
    switch (data.state) {
      case 'idle':
      case 'loading':
        return this.#renderLoading(templates.loading);
      case 'error':
        return this.#renderError(data.error, () => void this.#retry(data), templates.errorMessage, templates.loading);
      case 'empty':
      case 'loaded':
      case 'stale': {
        if (value === undefined) return this.#renderLoading(templates.loading);
        const skipped = templates.skipped?.(value) ?? 0;
        const stale = data.state === 'stale';
        // What the stale and skipped notices say comes when one is shown: the data is busy till then.
        const texts = stale || skipped > 0 ? this.#states() : null;
        return html`
          ${stale && texts !== undefined ? this.#renderStale(data, texts) : nothing}
          ${skipped > 0 && texts ? this.#renderNotice(texts.skipped(skipped), 'warning') : nothing}
          <div aria-busy=${data.busy || texts === undefined ? 'true' : 'false'}>
            ${
              data.state === 'empty'
                ? html`<div class="state-empty" part="empty">${templates.empty?.(value) ?? ''}</div>`
                : templates.loaded(value)
            }
          </div>
        `;
      }
    }
  }

  #renderLoading(skeleton?: () => TemplateResult): TemplateResult {
    return html`<div class="loading" part="loading" aria-busy="true">
      <p class="loading-text">${this.#text(coreCatalog).loading}</p>
      ${skeleton ? skeleton() : this.renderSkeleton()}
    </div>`;
  }

  /**
   * The error state. Its words come when it is first shown (`messages/states.ts`): the loading state stays
   * till then; when they cannot come, the heading says the content cannot be shown, with the retry.
   */
  #renderError(
    error: Error | undefined,
    retry?: () => void,
    explain?: (error: Error) => string | undefined,
    loading?: () => TemplateResult,
  ): TemplateResult {
    if (isTorgError(error) && error.kind === 'config') return this.#renderConfigError(error.message);
    const core = this.#text(coreCatalog);
    const texts = this.#states();
    if (texts === undefined) return this.#renderLoading(loading);
    return html`<div class="state-error" part="error" role="alert">
      ${this.#heading(0, texts?.errorTitle ?? core.errors.config, {}, false)}
      ${texts ? html`<p>${(error && explain?.(error)) ?? this.#errorText(error)}</p>` : nothing}
      ${
        retry
          ? html`<button type="button" class="button secondary" part="retry" @click=${retry}>${core.retry}</button>`
          : nothing
      }
    </div>`;
  }

  /**
   * A widget set up wrong (no usable `api-base`, a required attribute missing): citizens read that the
   * content cannot be shown; the web editor finds the reason under "Teknisk informasjon" and in the
   * console (once, prefixed with the tag). Trying again cannot help, so there is no retry.
   */
  #renderConfigError(reason: string): TemplateResult {
    const core = this.#text(coreCatalog);
    this.#report(reason);
    return html`<div class="state-error" part="error">
      <p>${core.errors.config}</p>
      <details part="details">
        <summary>${core.technical}</summary>
        <p>${reason}</p>
      </details>
    </div>`;
  }

  /**
   * Plain words for an error; a configuration error's technical reason goes to the console. Before the
   * states' words came (see `loadErrorTexts`), and when they cannot come: that the content cannot be shown.
   */
  #errorText(error: Error | undefined): string {
    const unavailable = this.#text(coreCatalog).errors.config;
    if (isTorgError(error) && error.kind === 'config') {
      this.#report(error.message);
      return unavailable;
    }
    const errors = this.#states()?.errors;
    return (errors && (isTorgError(error) ? errors[error.kind] : errors.unknown)) ?? unavailable;
  }

  /**
   * The texts of the error and other seldom states (`messages/states.ts`) in the element's language:
   * `undefined` while they come (the element renders again when they are there), `null` when they could not
   * come (a retry asks again).
   */
  #states(): CoreMessages | null | undefined {
    const catalog = statesCatalog;
    if (catalog === null) return null;
    if (catalog?.get(this.locale)) return this.#text(catalog);
    void this.#loadStates().then(() => this.requestUpdate());
    return undefined;
  }

  /** Loads the seldom states' texts in the element's language; `null` when they cannot come. */
  async #loadStates(): Promise<CoreMessages | null> {
    const catalog = await loadStates();
    if (!catalog) return null;
    await catalog.load(this.locale);
    return this.#text(catalog);
  }

  /** Writes a configuration error's reason to the console, once per element and reason. */
  #report(reason: string): void {
    if (this.#reported.has(reason)) return;
    this.#reported.add(reason);
    createLogger(this.localName).error(reason);
  }

  #renderNotice(text: string, tone: NoticeTone = 'info', action?: TemplateResult): TemplateResult {
    return html`<div class="notice ${tone}" part="notice">
      <p class="text">${text}</p>
      ${action ?? nothing}
    </div>`;
  }

  /** The stale state's notice: older data is shown, with a retry (and why, once the states' words came). */
  #renderStale<T>(data: DataSource<T>, texts: CoreMessages | null): TemplateResult {
    const core = this.#text(coreCatalog);
    const at = data.loadedAt;
    const time = at === undefined ? '' : osloClock(at, this.locale);
    return html`<div class="notice warning" part="notice" role="status">
      <p class="text">${core.stale(time)} ${texts ? this.#errorText(data.error) : ''}</p>
      <button type="button" class="button secondary" part="retry" @click=${() => void this.#retry(data)}>
        ${core.retry}
      </button>
    </div>`;
  }

  #renderOsloTimeNote(): TemplateResult | typeof nothing {
    return viewerZoneIsNotOslo()
      ? html`<p class="oslo-time" part="notice">${this.#text(coreCatalog).osloTime}</p>`
      : nothing;
  }

  /**
   * Retries a load, keeping keyboard focus inside the widget while the retry button goes away (and the states'
   * words, when they could not come, are asked for again).
   */
  async #retry<T>(data: DataSource<T>): Promise<void> {
    if (statesCatalog === null) void loadStates().then(() => this.requestUpdate());
    const hadFocus = this.shadowRoot?.activeElement != null;
    const refreshing = data.refresh();
    this.#announce(this.#text(coreCatalog).loading);
    if (hadFocus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="base"]')?.focus({ preventScroll: true });
    }
    await refreshing;
  }
}
