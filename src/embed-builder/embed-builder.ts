import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CommitteeSummary, Torg } from '../contract/schemas.js';
import { DEFAULT_API_BASE, resolveApiBase } from '../core/config.js';
import { DataController } from '../core/data-controller.js';
import { TorgElement } from '../core/torg-element.js';
import { choiceStyles } from '../shared/styles.js';
import { embedBuilderCatalog, type EmbedBuilderMessages } from './messages/index.js';
import {
  elementHtml,
  snippet,
  widgetsOf,
  type Manifest,
  type OptionValues,
  type WidgetInfo,
  type WidgetOption,
} from './model.js';

/** A list read from the API for a control: its entries, or why there are none. */
interface Choices {
  items?: { id: string; name: string }[];
  failed?: boolean;
}

/**
 * The embed builder, for web editors: choose a widget, pick the torg or
 * council from lists read from the API, set the options with plain controls
 * (all from the Custom Elements Manifest, so it follows the widgets), see
 * the widget live, and copy one snippet — the script tag of the widget's
 * file, with its pinned version and integrity hash, and the element.
 *
 * Storybook shows it under "For nettredaktører"; `dist/embed-builder.html`
 * is the same builder as a page an organisation can host.
 *
 * @tagname torg-embed-builder
 * @summary Make the embed code for a widget.
 */
export class TorgEmbedBuilder extends TorgElement {
  /**
   * Lit's reactive properties, each documented where it is declared below.
   * @internal
   */
  static override properties = {
    manifest: { attribute: false },
    snippets: { attribute: false },
    chosen: { state: true, attribute: false },
    values: { state: true, attribute: false },
    copyState: { state: true, attribute: false },
  };

  static override styles = [
    ...TorgElement.styles,
    choiceStyles,
    css`
      form,
      section {
        display: grid;
        gap: var(--_space-4);
        margin-block-end: var(--_space-5);
      }
      fieldset {
        display: grid;
        gap: var(--_space-3);
        margin: 0;
        padding: var(--_space-3) var(--_space-4) var(--_space-4);
        border: 1px solid var(--_color-border-subtle);
        border-radius: var(--_radius);
      }
      legend {
        padding-inline: var(--_space-1);
        font-weight: 600;
      }
      .widgets {
        display: grid;
        gap: var(--_space-2);
      }
      .choice {
        display: flex;
        gap: var(--_space-2);
        align-items: flex-start;
      }
      .choice small {
        display: block;
        color: var(--_color-text-muted);
      }
      .field {
        display: grid;
        gap: var(--_space-1);
        max-width: 40em;
      }
      .field label {
        font-weight: 600;
      }
      .hint {
        margin: 0;
        color: var(--_color-text-muted);
        font-size: 0.9375em;
      }
      input:not([type='checkbox'], [type='radio']),
      select,
      textarea {
        min-height: 2.75em;
        padding: var(--_space-1) var(--_space-2);
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius);
        background: var(--_color-bg);
      }
      textarea {
        width: 100%;
        min-height: 9em;
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        font-size: 0.875em;
        resize: vertical;
      }
      .preview {
        padding: var(--_space-4);
        border: 2px dashed var(--_color-border);
        border-radius: var(--_radius);
      }
      .required {
        margin-inline-start: 0.4em;
        color: var(--_color-text-muted);
        font-weight: 400;
      }
      .status {
        margin: 0;
        min-height: 1.5em;
      }
      h2,
      h3 {
        margin: 0;
      }
    `,
  ];

  /** The Custom Elements Manifest (`custom-elements.json`): which widgets and attributes it offers. */
  manifest?: Manifest;

  /** The CDN script tag of each file of `dist/` (`torg-events.js` → `<script …>`), from `scripts/cdn-snippet.mjs`. */
  snippets: Record<string, string> = {};

  /** The widget chosen. */
  private chosen = '';

  /** The options chosen, per widget (kept when the editor looks at another widget and comes back). */
  private values: Record<string, OptionValues> = {};

  private copyState: '' | 'copied' | 'failed' = '';

  private widgets: WidgetInfo[] = [];

  private readonly torgList = new DataController<Torg[], readonly []>(this.host, {
    args: () => [],
    load: async (_args, { api }) => {
      const { getTorgList } = await import('./lists.js');
      return (await getTorgList(api())).items;
    },
  });

  private readonly committees = new DataController<CommitteeSummary[], readonly []>(this.host, {
    args: () => [],
    load: async (_args, { api }) => {
      const { getCommittees } = await import('./lists.js');
      return (await getCommittees(api())).items;
    },
  });

  /** The preview element shown, and the snippet it was made from. */
  private shownSnippet = '';

  constructor() {
    super();
    this.host.speak(embedBuilderCatalog);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('manifest')) this.widgets = this.manifest ? widgetsOf(this.manifest) : [];
    if (!this.widgets.some((w) => w.tag === this.chosen)) this.chosen = this.widgets[0]?.tag ?? '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.showPreview();
  }

  // --- what is chosen --------------------------------------------------------------

  private get widget(): WidgetInfo | undefined {
    return this.widgets.find((w) => w.tag === this.chosen);
  }

  private get chosenValues(): OptionValues {
    return this.values[this.chosen] ?? {};
  }

  /** The API base, when the snippet must say it (it is not the documented default). */
  private get ownApiBase(): string | undefined {
    const result = resolveApiBase(this.apiBase);
    return result.ok && result.base !== DEFAULT_API_BASE ? result.base : undefined;
  }

  private get elementText(): string {
    const widget = this.widget;
    return widget ? elementHtml(widget, this.chosenValues, this.ownApiBase) : '';
  }

  private get snippetText(): string {
    return this.widget ? snippet(this.snippets, this.elementText, this.chosen) : '';
  }

  /** The live preview: the element as the snippet makes it (created again when the snippet changes). */
  private showPreview(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.preview');
    const widget = this.widget;
    if (!box || !widget || this.shownSnippet === this.snippetText) return;
    this.shownSnippet = this.snippetText;
    const element = document.createElement(widget.tag);
    const values = this.chosenValues;
    for (const { name, kind, defaultValue } of widget.options) {
      const value = values[name];
      if (value === undefined || value === false || value === '') continue;
      if (kind === 'boolean') element.setAttribute(name, '');
      else if (String(value) !== defaultValue) element.setAttribute(name, String(value));
    }
    const base = resolveApiBase(this.apiBase);
    if (base.ok) element.setAttribute('api-base', base.base);
    box.replaceChildren(element);
  }

  // --- handlers ----------------------------------------------------------------------

  private readonly handleWidget = (event: Event): void => {
    this.chosen = (event.target as HTMLInputElement).value;
    this.copyState = '';
  };

  private setValue(name: string, value: string | boolean): void {
    this.values = { ...this.values, [this.chosen]: { ...this.chosenValues, [name]: value } };
    this.copyState = '';
  }

  private readonly handleApiBase = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value.trim();
    this.apiBase = value || undefined;
  };

  private readonly handleCopy = async (): Promise<void> => {
    const t = this.host.text(embedBuilderCatalog);
    try {
      await navigator.clipboard.writeText(this.snippetText);
      this.copyState = 'copied';
      this.host.announce(t.copied);
    } catch {
      this.copyState = 'failed';
      this.host.announce(t.copyFailed);
      const field = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea');
      field?.focus();
      field?.select();
    }
  };

  // --- rendering ---------------------------------------------------------------------

  protected override renderContent(): unknown {
    const t = this.host.text(embedBuilderCatalog);
    const widget = this.widget;
    const base = resolveApiBase(this.apiBase);
    return html`
      ${this.host.heading(0, t.title)}
      <p>${t.intro}</p>
      <form novalidate @submit=${(event: Event) => event.preventDefault()}>
        <fieldset>
          <legend>${t.chooseWidget}</legend>
          <div class="widgets">${this.widgets.map((w) => this.renderWidgetChoice(w, t))}</div>
        </fieldset>
        ${
          widget
            ? html`<fieldset>
                <legend>${t.settings}</legend>
                ${widget.options.map((o) => this.renderOption(o, t))}
                <div class="field">
                  <label for="api-base">${t.apiBase}</label>
                  <input
                    id="api-base"
                    type="url"
                    inputmode="url"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="api-base-hint"
                    .value=${base.ok ? base.base : (this.apiBase ?? '')}
                    @change=${this.handleApiBase}
                  />
                  <p class="hint" id="api-base-hint">${t.apiBaseHelp}</p>
                </div>
              </fieldset>`
            : nothing
        }
      </form>
      <section aria-labelledby="preview-heading">
        ${this.host.heading(1, t.preview, { id: 'preview-heading' })}
        <div class="preview" part="preview"></div>
      </section>
      <section aria-labelledby="code-heading">
        ${this.host.heading(1, t.code, { id: 'code-heading' })}
        <p class="hint" id="code-hint">${t.codeHelp}</p>
        <label class="vh" for="code">${t.codeLabel}</label>
        <textarea
          id="code"
          readonly
          spellcheck="false"
          aria-describedby="code-hint"
          .value=${this.snippetText}
        ></textarea>
        <div>
          <button type="button" class="button" part="copy" @click=${this.handleCopy}>${t.copy}</button>
        </div>
        <p class="status" aria-live="polite">
          ${this.copyState === 'copied' ? t.copied : this.copyState === 'failed' ? t.copyFailed : ''}
        </p>
      </section>
    `;
  }

  private renderWidgetChoice(widget: WidgetInfo, t: EmbedBuilderMessages): TemplateResult {
    const id = `w-${widget.tag}`;
    return html`<div class="choice">
      <input
        type="radio"
        name="widget"
        id=${id}
        value=${widget.tag}
        .checked=${widget.tag === this.chosen}
        @change=${this.handleWidget}
      />
      <label for=${id}>
        ${t.widgets[widget.tag] ?? widget.summary}
        <small><code>&lt;${widget.tag}&gt;</code></small>
      </label>
    </div>`;
  }

  private renderOption(option: WidgetOption, t: EmbedBuilderMessages): TemplateResult {
    const id = `o-${option.name}`;
    const label = t.labels[option.name] ?? option.name;
    // The manifest's description is English: shown in English, and for an attribute the texts do not know yet.
    const known = Object.hasOwn(t.labels, option.name);
    const hint =
      t.hints[option.name] ?? (this.host.locale === 'en' || !known ? option.description.replace(/`/g, '') : '');
    const value = this.chosenValues[option.name];
    const text = typeof value === 'string' ? value : '';
    const described = hint ? `${id}-hint` : nothing;
    const hintText = hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing;
    const change = (event: Event): void => {
      const target = event.target as HTMLInputElement | HTMLSelectElement;
      this.setValue(
        option.name,
        target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value,
      );
    };
    if (option.kind === 'boolean') {
      return html`<div class="field">
        <div class="choice">
          <input type="checkbox" id=${id} aria-describedby=${described} .checked=${value === true} @change=${change} />
          <label for=${id}>${label}</label>
        </div>
        ${hintText}
      </div>`;
    }
    const labelled = html`<label for=${id}>
      ${label}${option.required ? html`<span class="required">(${t.required})</span>` : nothing}
    </label>`;
    const list = this.choicesFor(option);
    if (list.items || option.kind === 'choice' || option.kind === 'lang') {
      const first =
        option.kind === 'lang'
          ? t.pageLanguage
          : option.kind === 'service'
            ? t.noService
            : option.kind === 'choice'
              ? t.defaultChoice(
                  option.defaultValue ? (t.values[option.defaultValue] ?? option.defaultValue) : undefined,
                )
              : t.chooseOne;
      const entries =
        list.items ??
        option.choices.map((c) => ({
          id: c,
          name: option.kind === 'lang' ? (t.languages[c] ?? c) : (t.values[c] ?? c),
        }));
      return html`<div class="field">
        ${labelled}
        <select id=${id} aria-describedby=${described} @change=${change}>
          <option value="" ?selected=${!text}>${first}</option>
          ${entries.map((e) => html`<option value=${e.id} ?selected=${e.id === text}>${e.name}</option>`)}
        </select>
        ${hintText}
      </div>`;
    }
    const loading = list.failed === undefined && this.isList(option);
    return html`<div class="field">
      ${labelled}
      <input
        id=${id}
        type=${option.kind === 'number' ? 'number' : 'text'}
        inputmode=${option.kind === 'number' ? 'numeric' : nothing}
        placeholder=${option.defaultValue ?? nothing}
        autocomplete="off"
        aria-describedby=${described}
        .value=${text}
        @change=${change}
      />
      ${list.failed ? html`<p class="hint">${t.listFailed}</p>` : loading ? html`<p class="hint">${t.loadingList}</p>` : nothing}
      ${hintText}
    </div>`;
  }

  private isList(option: WidgetOption): boolean {
    return option.kind === 'torg' || option.kind === 'committee' || option.kind === 'service';
  }

  /** The entries of a list read from the API (torg, councils, the chosen torg's services). */
  private choicesFor(option: WidgetOption): Choices {
    const source = option.kind === 'committee' ? this.committees : this.isList(option) ? this.torgList : undefined;
    if (!source) return {};
    if (source.state === 'error') return { failed: true };
    const value = source.value;
    if (!value) return {};
    if (option.kind === 'committee')
      return { items: (value as CommitteeSummary[]).map(({ id, name }) => ({ id, name })) };
    const torg = value as Torg[];
    if (option.kind === 'torg') return { items: torg.map(({ id, name }) => ({ id, name })) };
    // Services: the chosen torg's, else every torg's (each once).
    const chosenTorg = this.chosenValues.torg;
    const services = new Map<string, string>();
    for (const t of torg) {
      if (chosenTorg && t.id !== chosenTorg) continue;
      for (const s of t.services) if (!services.has(s.id)) services.set(s.id, s.name);
    }
    return {
      items: [...services].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    };
  }
}
