import { nothing, type CSSResultOrNative, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DataSource } from '../../core/data-controller.js';
import { isTorgError } from '../../contract/errors.js';
import { emit } from '../../core/events.js';
import type { Catalog } from '../../core/i18n.js';
import type { StedskompassResults } from '../../contract/schemas.js';
import { TorgElement } from '../../core/torg-element.js';
import type { ReadResults } from '../../domain/compass.js';
import type { Problem } from '../../domain/stedskompass-submission.js';
import type { Draft } from '../../domain/stedskompass.js';
import { type ThemeId } from '../../contract/ids.js';
import type * as ResultsModule from './results/results-view.js';
import type { ResultsHost } from './results/results-view.js';
import type * as SendModule from './send/send.js';
import type { SendHost, SendOutcome, SubmitPhase } from './send/send.js';
import type * as SurveyModule from './survey/survey.js';
import { styles } from './torg-stedskompass.styles.js';

export type { SubmitPhase };

type SurveyPart = typeof SurveyModule;
type SendPart = typeof SendModule;
type ResultsPart = typeof ResultsModule;

/** What every lazily loaded part brings: the texts it speaks from and its styles. */
interface Part {
  catalogs: readonly Catalog<unknown>[];
  styles: CSSResultOrNative;
}

/**
 * The Place Standard survey ("Stedskompasset") for one area: all 14 themes
 * on one page, each scored 1–7 with two optional texts, and the area's
 * results as a compass chart with a table of the same numbers.
 *
 * The answers are kept as a draft in `localStorage` per area while the person
 * answers (restored after a reload, cleared after sending). Sending uses one
 * `Idempotency-Key` per submission, retries network errors and 5xx answers,
 * waits for the network when offline, and shows the API's field errors at
 * the fields.
 *
 * The element holds the state and the behaviour; its views — the survey
 * form, sending, and the results (compass and table) — are loaded on demand
 * (`survey/`, `send/`, `results/`), each with its styles and texts, so a
 * page loads only what it shows.
 *
 * @tagname torg-stedskompass
 * @summary The 14-theme place survey and its compass chart.
 *
 * @attr area - The torg or area the answers are about (required).
 * @attr results - Show the area's results (the compass and the table) instead of the survey.
 * @attr api-base - Base URL of the municipal API.
 * @attr lang - `nb` (default), `nn` or `en`.
 *
 * @prop {StedskompassResults | undefined} data - Results to show instead of `GET /stedskompass/results`.
 *
 * @fires {CustomEvent<{ id: string }>} torg-submit - The answers were received; `id` is the stored response's id.
 *
 * @csspart intro - The heading and introduction.
 * @csspart progress - The progress line ("3 av 14 besvart") with the theme index; sticky.
 * @csspart index - The theme index.
 * @csspart form - The survey form.
 * @csspart error-summary - The list of problems to fix before sending.
 * @csspart theme - One theme's group (fieldset).
 * @csspart scale - The 1–7 radio group of a theme.
 * @csspart submit - The send button.
 * @csspart start-over - The "start over" button.
 * @csspart status - Sending, trying again, waiting for the network.
 * @csspart dialog - The "start over?" dialog.
 * @csspart thanks - The thank-you message after sending.
 * @csspart results - The results view.
 * @csspart compass - The compass chart (hidden from assistive technology; the table has every value).
 * @csspart legend - The chart's legend.
 * @csspart table - The table of results.
 *
 * @cssprop --torg-stedskompass-mean-color - The area's average in the chart (default: the primary colour).
 * @cssprop --torg-stedskompass-own-color - The person's own answers in the chart.
 * @cssprop --torg-stedskompass-chart-max-width - The largest width of the chart (default 40em).
 */
export class TorgStedskompass extends TorgElement implements ResultsHost {
  static override styles = [...TorgElement.styles, styles];

  /** The torg or area the answers are about (required). */
  @property() area = '';

  /** Show the area's results instead of the survey. */
  @property({ type: Boolean, reflect: true }) results = false;

  /** Results to show instead of `GET /stedskompass/results` (also after sending). */
  @property({ attribute: false }) data?: StedskompassResults;

  /** The answers so far. */
  @state() private draft: Draft = { answers: {} };

  @state() private phase: SubmitPhase = 'edit';

  /** What to fix before sending (found here or refused by the API). */
  @state() private problems: Problem[] = [];

  /** A draft from an earlier visit was brought back. */
  @state() private restored = false;

  /** The person's scores, once sent (the compass's second series). */
  @state() private own?: Partial<Record<ThemeId, number>>;

  /** Why sending failed, beyond "not sent" (e.g. no usable API base). */
  @state() private failure?: string;

  /** The lazily loaded parts, once there. */
  @state() private survey?: SurveyPart;

  @state() private sender?: SendPart;

  @state() private view?: ResultsPart;

  /** A part could not be loaded (offline before it came). */
  @state() private partError?: unknown;

  private readonly loads = new Map<string, Promise<Part>>();

  private resultsData?: DataSource<ReadResults>;

  /** Set from the click to the outcome, so a double click sends once. */
  private submitting = false;

  private progressTimer?: ReturnType<typeof setTimeout>;

  // --- lifecycle ----------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.handleConnection);
    addEventListener('offline', this.handleConnection);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.handleConnection);
    removeEventListener('offline', this.handleConnection);
    clearTimeout(this.progressTimer);
  }

  protected override catalogs(): Catalog<unknown>[] {
    const parts = ([this.survey, this.sender, this.view] as (Part | undefined)[]).flatMap(
      (part) => part?.catalogs ?? [],
    );
    return [...super.catalogs(), ...parts];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('area') && !this.busy) {
      // Another area: its own draft, and no "your answers" from the last one.
      if (this.phase === 'done') this.phase = 'edit';
      this.own = undefined;
      this.restoreDraft();
    }
  }

  protected override updated(): void {
    if (!this.area || this.partError) return;
    if (!this.results && !this.survey) void this.loadSurvey().catch(this.handlePartError);
    if ((this.results || this.phase === 'done') && !this.view) void this.loadView().catch(this.handlePartError);
  }

  /** Whether a submission is on its way. */
  get busy(): boolean {
    return this.phase === 'sending' || this.phase === 'retrying' || this.phase === 'offline';
  }

  // --- lazy parts -----------------------------------------------------------------

  /** Loads a part once per element: its module, its texts in the current language, and its styles. */
  private load<P extends Part>(name: string, module: () => Promise<P>): Promise<P> {
    let loading = this.loads.get(name) as Promise<P> | undefined;
    if (!loading) {
      loading = module().then(async (part) => {
        await Promise.all(part.catalogs.map((catalog) => catalog.load(this.locale)));
        this.addStyles(part.styles);
        return part;
      });
      // A failed load is forgotten, so trying again really tries again.
      loading.catch(() => this.loads.delete(name));
      this.loads.set(name, loading);
    }
    return loading;
  }

  private async loadSurvey(): Promise<void> {
    this.survey = await this.load('survey', () => import(/* torg:inline-in-bundle */ './survey/survey.js'));
    this.restoreDraft();
  }

  private loadSender(): Promise<SendPart> {
    return this.load('send', () => import(/* torg:inline-in-bundle */ './send/send.js')).then(
      (part) => (this.sender = part),
    );
  }

  private async loadView(): Promise<void> {
    const view = await this.load('results', () => import(/* torg:inline-in-bundle */ './results/results-view.js'));
    this.resultsData ??= view.createResultsSource(this);
    this.view = view;
  }

  private readonly handlePartError = (error: unknown): void => {
    this.partError = error;
  };

  // --- state changes ----------------------------------------------------------------

  /** Brings back the area's stored draft (once the survey is there). */
  private restoreDraft(): void {
    const survey = this.survey;
    if (!survey) return;
    this.draft = survey.readDraft(this.area);
    this.restored = !survey.isBlank(this.draft);
    this.problems = [];
    // A restored draft can be sent without typing anything: fetch the sending part now, while online.
    if (this.restored) void this.loadSender().catch(() => undefined);
  }

  /** Keeps the draft (in the page and in storage) and, when the count of answered themes changed, says it. */
  private setDraft(draft: Draft): void {
    const survey = this.survey;
    if (!survey) return;
    const before = survey.answeredCount(this.draft);
    this.draft = draft;
    survey.storeDraft(this.area, draft);
    const count = survey.answeredCount(draft);
    if (count !== before) {
      // Said once the person pauses, not for every arrow key through a scale.
      clearTimeout(this.progressTimer);
      const text = this.text(survey.catalog).progress(count, survey.THEMES.length);
      this.progressTimer = setTimeout(() => this.announce(text), 1200);
    }
  }

  private setPhase(phase: SubmitPhase): void {
    this.phase = phase;
    const text = this.sender && phase !== 'edit' && phase !== 'done' ? this.text(this.sender.catalog)[phase] : '';
    if (text) this.announce(text);
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Moves to a field: a theme's checked (or first) radio, a text field (its disclosure opened), the age question. */
  private focusField(id: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    if (!target) return;
    const details = target.closest('details');
    if (details) details.open = true;
    const control = target.matches('fieldset')
      ? (target.querySelector<HTMLElement>(':checked') ?? target.querySelector<HTMLElement>('input'))
      : target;
    target.scrollIntoView({ block: 'center' });
    control?.focus({ preventScroll: true });
  }

  // --- handlers -----------------------------------------------------------------

  private readonly handleConnection = (): void => {
    if (this.busy) this.setPhase(navigator.onLine ? 'sending' : 'offline');
  };

  private readonly handleInput = (event: Event): void => {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    const change = this.survey?.applyInput(this.draft, input.name, input.value);
    if (!change) return;
    // Fetch the sending part now, while the network is surely there.
    void this.loadSender().catch(() => undefined);
    const { theme, field } = change;
    this.setDraft(change.draft);
    // A changed field's problem is gone (checked again on sending); so is "answer at least one" with a score.
    this.problems = this.problems.filter(
      (p) => !(p.theme === theme && p.field === field) && !(p.code === 'none' && field === 'score'),
    );
    if (this.phase === 'failed') this.phase = 'edit';
  };

  /** Enter on a radio would send the form (implicit submission): only the send button sends. */
  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && (event.target as HTMLInputElement).type === 'radio') event.preventDefault();
  };

  private readonly handleSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.submitting || this.busy) return;
    this.submitting = true;
    let outcome: SendOutcome;
    try {
      const sender = await this.loadSender();
      // The form is read-only while sending, so this snapshot of the draft stays true.
      const host: SendHost = {
        area: this.area,
        draft: this.draft,
        setDraft: (draft) => this.setDraft(draft),
        setPhase: (phase) => this.setPhase(phase),
        api: () => this.apiContext(),
      };
      outcome = await sender.send(host);
    } catch (error) {
      outcome = { kind: 'failed', error };
    }
    this.submitting = false;
    const sent = this.sender && this.text(this.sender.catalog);
    if (!sent) {
      // The sending part itself could not be loaded (offline): say so, with a retry; the draft is kept.
      this.partError = outcome.kind === 'failed' ? outcome.error : undefined;
    } else if (outcome.kind === 'problems') {
      this.setPhase('edit');
      this.problems = outcome.problems;
      await this.focusAfterUpdate('.summary');
    } else if (outcome.kind === 'failed') {
      const { error } = outcome;
      this.failure = isTorgError(error) && error.transient ? '' : this.errorText(error as Error);
      this.phase = 'failed';
      this.announce(`${sent.failed} ${this.failure}`);
    } else {
      this.setDraft({ answers: {} });
      this.own = outcome.own;
      this.restored = false;
      this.problems = [];
      this.setPhase('done');
      emit(this, 'torg-submit', { id: outcome.id });
      this.announce(sent.thanks);
      await this.focusAfterUpdate('.thanks h2');
    }
  };

  private readonly handleJump = (event: Event): void => {
    event.preventDefault();
    const link = event.currentTarget as HTMLElement;
    link.closest('.index')?.removeAttribute('open');
    this.focusField(link.dataset.target ?? '');
  };

  private readonly handleStartOver = (): void => {
    this.renderRoot.querySelector('dialog')?.showModal();
  };

  private readonly handleConfirm = async (event: Event): Promise<void> => {
    if ((event.target as HTMLDialogElement).returnValue !== 'yes') return;
    this.setDraft({ answers: {} });
    this.problems = [];
    this.restored = false;
    this.phase = 'edit';
    if (this.survey) this.announce(this.text(this.survey.catalog).cleared);
    await this.focusAfterUpdate('#title');
  };

  private readonly handlePartRetry = (): void => {
    this.partError = undefined;
  };

  // --- rendering ----------------------------------------------------------------

  protected override renderContent(): unknown {
    if (!this.area) return this.renderNotice(this.core.missingAttribute('area'), 'error');
    if (this.partError) return this.renderError(undefined, this.handlePartRetry);
    if (this.results) return this.renderResults();
    const { survey, sender } = this;
    if (this.phase === 'done' && sender) {
      return [sender.renderThanks(this.text(sender.catalog)), this.renderResults()];
    }
    if (!survey) return this.renderLoading();
    const sent = sender && this.text(sender.catalog);
    return survey.renderSurvey({
      t: this.text(survey.catalog),
      draft: this.draft,
      problems: this.problems,
      restored: this.restored,
      busy: this.busy,
      summary:
        sender && sent && this.problems.length
          ? sender.renderSummary(this.problems, this.draft, sent, this.text(survey.catalog), this.handleJump)
          : nothing,
      status: sender && sent ? sender.renderStatus(this.phase, sent, this.failure) : nothing,
      problemText: (problem) => (sender && sent ? sender.problemText(problem, this.draft, sent) : ''),
      onInput: this.handleInput,
      onKeydown: this.handleKeydown,
      onSubmit: this.handleSubmit,
      onJump: this.handleJump,
      onStartOver: this.handleStartOver,
      onConfirm: this.handleConfirm,
    });
  }

  private renderResults(): unknown {
    const { view, resultsData } = this;
    if (!view || !resultsData) return this.renderLoading();
    return this.renderData(resultsData, {
      loaded: ({ results }) => view.renderResults(results, this.own, this.locale),
      empty: () => this.text(view.catalog).empty,
      skipped: ({ skipped }) => skipped,
    });
  }
}
