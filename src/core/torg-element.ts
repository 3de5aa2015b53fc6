/**
 * The base of every torg widget: configuration (`api-base`, `lang`), the
 * resolved language, a polite live region, and the shared states — loading
 * (busy, no layout jump), empty, error (plain words and a retry button) and
 * stale (last good data kept when a refresh fails).
 */
import {
  LitElement,
  adoptStyles,
  html,
  nothing,
  type CSSResultOrNative,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ApiContext } from './api.js';
import { mapLocale, resolveApiBase, resolveLocale, type Locale } from './config.js';
import type { DataSource } from './data-controller.js';
import { TorgError, isTorgError } from './errors.js';
import { osloClock, viewerZoneIsNotOslo } from './clock.js';
import type { Catalog } from './i18n.js';
import { coreCatalog, type CoreMessages } from './messages/index.js';
import { createLogger, type Logger } from './logger.js';
import { sharedStyles } from './styles.js';

/** An error of a Trusted Types sink (an HTML string where the page requires `TrustedHTML`). */
function isTrustedTypesError(error: unknown): boolean {
  return error instanceof TypeError && /Trusted ?(HTML|Types?|Script)/i.test(error.message);
}

/** Elements whose language follows `<html lang>`: re-resolved when it changes. */
const languageFollowers = new Set<TorgElement>();
let languageObserver: MutationObserver | undefined;

function watchDocumentLanguage(element: TorgElement): void {
  languageFollowers.add(element);
  if (languageObserver) return;
  languageObserver = new MutationObserver(() => {
    for (const follower of languageFollowers) follower.refreshLocale();
  });
  languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

export interface StateTemplates<T> {
  /** The data, loaded (also shown while stale or refreshing). */
  loaded: (value: T) => TemplateResult | typeof nothing;
  /** The empty state's text or template. */
  empty?: (value: T) => TemplateResult | string;
  /** A skeleton shaped like the loaded content. */
  loading?: () => TemplateResult;
  /** How many items could not be read (a notice says so). */
  skipped?: (value: T) => number;
  /** Plain words for an error, when the widget knows better than the defaults (e.g. an unknown torg). */
  errorMessage?: (error: TorgError | Error) => string | undefined;
}

/**
 * @cssprop --torg-color-text - Text colour.
 * @cssprop --torg-color-text-muted - Secondary text colour.
 * @cssprop --torg-color-bg - Background of controls and cards.
 * @cssprop --torg-color-surface - Background of panels and skeletons.
 * @cssprop --torg-color-border - Borders of controls.
 * @cssprop --torg-color-primary - Buttons, selection and accents.
 * @cssprop --torg-color-link - Links.
 * @cssprop --torg-color-focus - The focus ring.
 * @cssprop --torg-color-success - "Open", "met" and other good news.
 * @cssprop --torg-color-danger - Errors, "closed", "not met".
 * @cssprop --torg-color-warning - Warnings.
 * @cssprop --torg-font-family - Font (default: inherited from the page).
 * @cssprop --torg-font-size - Base size (default: 1em of the page).
 * @cssprop --torg-radius - Corner radius.
 * @cssprop --torg-space-1 - Smallest spacing (up to --torg-space-6).
 * @cssprop --torg-loading-min-height - Height reserved while loading.
 *
 * @csspart base - The widget's outer container.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 * @csspart empty - The empty state.
 * @csspart notice - Notices (stale data, unreadable items, time zone).
 * @csspart loading - The loading skeleton.
 */
export abstract class TorgElement extends LitElement {
  static override styles = sharedStyles;

  /** Base URL of the municipal API. Default: the page's `<meta name="torg:api-base">`, else the documented default. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Language: `nb` (default), `nn` or `en`; when absent, the nearest ancestor's `lang`. */
  @property() override lang = '';

  /** The resolved language. */
  @state() protected locale: Locale = 'nb';

  /** Text for the polite live region (async changes read out to screen readers). */
  @state() private announcement = '';

  protected readonly log: Logger;

  /** Styles that arrived with a lazily loaded view (see `addStyles`). */
  private lazyStyles: CSSResultOrNative[] = [];

  constructor() {
    super();
    this.log = createLogger(this.localName);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.refreshLocale();
    watchDocumentLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    languageFollowers.delete(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.refreshLocale();
  }

  /** Re-resolves the language (the element moved, or `<html lang>` changed). */
  refreshLocale(): void {
    const locale = this.lang?.trim() ? mapLocale(this.lang) : resolveLocale(this);
    if (locale !== this.locale) this.locale = locale;
  }

  /**
   * The message catalogs this element speaks from; a widget adds its own
   * (`[...super.catalogs(), finderCatalog]`). Until the resolved language's
   * tables are loaded, the element shows its loading state.
   */
  protected catalogs(): Catalog<unknown>[] {
    return [coreCatalog];
  }

  /** Whether every catalog has the resolved language; starts loading what is missing. */
  private messagesReady(): boolean {
    const missing = this.catalogs().filter((catalog) => !catalog.get(this.locale));
    if (missing.length === 0) return true;
    const locale = this.locale;
    void Promise.all(missing.map((catalog) => catalog.load(locale))).then(() => this.requestUpdate());
    return false;
  }

  /** The shared messages in the resolved language (bokmål until it is loaded). */
  protected get core(): CoreMessages {
    return coreCatalog.get(this.locale) ?? (coreCatalog.get('nb') as CoreMessages);
  }

  /** A widget's messages in the resolved language (bokmål until it is loaded). */
  protected text<T>(catalog: Catalog<T>): T {
    return catalog.get(this.locale) ?? (catalog.get('nb') as T);
  }

  /** The API context for a request; a `config` error when the base is unusable. */
  apiContext(signal?: AbortSignal, revalidate = false): ApiContext {
    const result = resolveApiBase(this.apiBase);
    if (!result.ok) throw new TorgError('config', this.core.badApiBase(result.value));
    return { base: result.base, signal, ...(revalidate ? { revalidate } : {}) };
  }

  /**
   * Adds styles that came with a lazily loaded view to the shadow root, after
   * the element's own (a widget's up-front code then carries no view styles).
   */
  addStyles(...styles: CSSResultOrNative[]): void {
    const added = styles.filter((style) => !this.lazyStyles.includes(style));
    if (!added.length) return;
    this.lazyStyles.push(...added);
    const root = this.renderRoot;
    if (root instanceof ShadowRoot) {
      adoptStyles(root, [...(this.constructor as typeof LitElement).elementStyles, ...this.lazyStyles]);
    }
  }

  /** Reads a message out to screen-reader users through the polite live region. */
  protected announce(text: string): void {
    // Clearing first makes a repeated message be read again.
    this.announcement = '';
    requestAnimationFrame(() => {
      this.announcement = text;
    });
  }

  /**
   * Under Trusted Types that does not allow Lit's policy (`lit-html`), Lit
   * cannot create its templates: instead of an uncaught error and an empty
   * box, the widget says so in plain text (which needs no policy).
   */
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (error) {
      if (!isTrustedTypesError(error)) throw error;
      const root = this.renderRoot;
      if (root.querySelector('[data-torg-blocked]')) return;
      const notice = document.createElement('p');
      notice.className = 'state-error';
      notice.setAttribute('part', 'error');
      notice.setAttribute('role', 'alert');
      notice.setAttribute('data-torg-blocked', '');
      notice.textContent = this.core.trustedTypes;
      root.replaceChildren(notice);
      this.log.error('blocked by the page\'s Trusted Types policy: allow "lit-html" (see the README).', error);
    }
  }

  override render(): TemplateResult {
    const content = this.messagesReady() ? this.renderContent() : this.renderSkeleton();
    return html`
      <div part="base" class="base" lang=${this.locale} tabindex="-1">${content}</div>
      <div class="vh" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }

  /** The widget's content inside the base container. */
  protected abstract renderContent(): unknown;

  // --- shared states ------------------------------------------------------------

  /** Renders a data controller's state with the shared loading, empty, error and stale views. */
  protected renderData<T>(data: DataSource<T>, templates: StateTemplates<T>): unknown {
    const value = data.value;
    switch (data.state) {
      case 'idle':
      case 'loading':
        return this.renderLoading(templates.loading);
      case 'error':
        return this.renderError(data.error, () => this.retry(data), templates.errorMessage);
      case 'empty':
      case 'loaded':
      case 'stale': {
        if (value === undefined) return this.renderLoading(templates.loading);
        const skipped = templates.skipped?.(value) ?? 0;
        const empty = data.state === 'empty';
        return html`
          ${data.state === 'stale' ? this.renderStale(data) : nothing}
          ${skipped > 0 ? this.renderNotice(this.core.skipped(skipped), 'warning') : nothing}
          <div aria-busy=${data.busy ? 'true' : 'false'}>
            ${empty ? this.renderEmpty(templates.empty?.(value) ?? '') : templates.loaded(value)}
          </div>
        `;
      }
    }
  }

  /** The loading state: a skeleton that reserves the space, marked busy, with a spoken "Loading". */
  protected renderLoading(skeleton?: () => TemplateResult): TemplateResult {
    return html`<div class="loading" part="loading" aria-busy="true">
      <span class="vh">${this.core.loading}</span>
      ${skeleton ? skeleton() : this.renderSkeleton()}
    </div>`;
  }

  /** Grey bars that hold the space while loading (also while the language's texts load). */
  protected renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" aria-hidden="true" aria-busy="true">
      <div class="bar"></div>
      <div class="bar"></div>
      <div class="bar"></div>
      <div class="bar"></div>
    </div>`;
  }

  /** The error state: what went wrong in plain words, and a retry button when trying again can help. */
  protected renderError(
    error: TorgError | Error | undefined,
    retry?: () => void,
    explain?: (error: TorgError | Error) => string | undefined,
  ): TemplateResult {
    const message = (error && explain?.(error)) ?? this.errorText(error);
    const canRetry = retry !== undefined && !(isTorgError(error) && error.kind === 'config');
    return html`<div class="state-error" part="error" role="alert">
      <h2>${this.core.errorTitle}</h2>
      <p>${message}</p>
      ${
        canRetry
          ? html`<button type="button" class="button secondary" part="retry" @click=${retry}>
              ${this.core.retry}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** The plain-language text for an error. */
  protected errorText(error: TorgError | Error | undefined): string {
    if (isTorgError(error)) {
      return error.kind === 'config' ? error.message : this.core.errors[error.kind];
    }
    return this.core.errors.unknown;
  }

  protected renderEmpty(content: TemplateResult | string): TemplateResult {
    return html`<div class="state-empty" part="empty">${content}</div>`;
  }

  protected renderNotice(
    text: string,
    tone: 'info' | 'warning' | 'error' = 'info',
    action?: TemplateResult,
  ): TemplateResult {
    return html`<div class="notice ${tone}" part="notice">
      <p class="text">${text}</p>
      ${action ?? nothing}
    </div>`;
  }

  /** The stale state's notice: older data is shown, with a retry. */
  protected renderStale<T>(data: DataSource<T>): TemplateResult {
    const at = data.loadedAt;
    const time = at === undefined ? '' : osloClock(at, this.locale);
    return html`<div class="notice warning" part="notice" role="status">
      <p class="text">${this.core.stale(time)} ${this.errorText(data.error)}</p>
      <button type="button" class="button secondary" part="retry" @click=${() => this.retry(data)}>
        ${this.core.retry}
      </button>
    </div>`;
  }

  /** "All times are Norwegian time", only when the viewer's zone differs. */
  protected renderOsloTimeNote(): TemplateResult | typeof nothing {
    return viewerZoneIsNotOslo() ? html`<p class="oslo-time" part="notice">${this.core.osloTime}</p>` : nothing;
  }

  /** Retries a load, keeping keyboard focus inside the widget while the retry button goes away. */
  protected async retry<T>(data: DataSource<T>): Promise<void> {
    const hadFocus = this.shadowRoot?.activeElement !== null && this.shadowRoot?.activeElement !== undefined;
    const refreshing = data.refresh();
    this.announce(this.core.loading);
    if (hadFocus) {
      await this.updateComplete;
      this.focusBase();
    }
    await refreshing;
  }

  /** Moves focus to the widget's container (after its content was replaced). */
  protected focusBase(): void {
    this.renderRoot.querySelector<HTMLElement>('[part~="base"]')?.focus({ preventScroll: true });
  }
}
