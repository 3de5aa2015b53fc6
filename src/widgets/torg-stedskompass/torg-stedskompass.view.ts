/**
 * What `<torg-stedskompass>` shows and what the person does in it: the
 * survey form and what they answered (kept as a draft on the device, per
 * area), sending it, the thanks, and the results (`parts/results.ts`, loaded
 * when first shown: the survey and the results are seldom shown together).
 *
 * Each area has its own survey. When `area` changes, the new area's draft
 * is shown; answers already on their way keep going for the area they were
 * written for, and it is that area's draft — never another's — that is kept
 * with their key and cleared when they arrive.
 */
import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import { THEMES } from '../../contract/ids.js';
import type { DataSource } from '../../core/data-controller.js';
import { emit } from '../../core/events.js';
import { ViewLoader } from '../../core/view-loader.js';
import type { WidgetHost } from '../../core/widget-host.js';
import type { ReadResults } from '../../domain/compass.js';
import { isOnItsWay, phaseOnTheWay, type SubmitPhase } from '../../domain/form-phase.js';
import {
  answeredCount,
  applyInput,
  draftKey,
  isBlank,
  parseDraft,
  problemsAfterInput,
  serializeDraft,
  type Draft,
  type Problem,
} from '../../domain/stedskompass.js';
import { readStored, writeStored } from '../../shared/drafts.js';
import { choiceStyles, linkButtonStyles } from '../../shared/styles.js';
import { stedskompassCatalog, type StedskompassFirstMessages } from './messages/index.js';
import type * as ResultsPart from './parts/results.js';
import type { OwnScores } from './parts/results.js';
import type * as SendingPart from './parts/sending.js';
import { problemText, renderSurvey } from './parts/survey.js';
import type { TorgStedskompass } from './torg-stedskompass.js';
import { styles as ownStyles } from './torg-stedskompass.styles.js';

export const styles = [choiceStyles, linkButtonStyles, ownStyles];
export const catalogs = [stedskompassCatalog];

/** Answers the API received: the stored response's id, and the person's own scores (the compass's second series). */
export interface Sent {
  id: string;
  own: OwnScores;
}

/** One area's survey in this element. */
interface Survey {
  readonly area: string;
  draft: Draft;
  /** What to fix before sending (found here, or refused by the API). */
  problems: Problem[];
  /** A draft from an earlier visit was brought back. */
  restored: boolean;
  phase: SubmitPhase;
  /** Why sending failed, beyond "not sent" (e.g. no usable API base). */
  failure: string;
  /** From the click to the outcome, so a double click sends once. */
  pending: boolean;
  sent?: Sent;
}

/** Sending (with the API client): fetched when the person starts answering, while the network is surely there. */
const sendingPart = () => import('./parts/sending.js');
type SendingView = ReturnType<typeof SendingPart.createView>;

const resultsPart = () => import('./parts/results.js');
type ResultsView = ReturnType<typeof ResultsPart.createView>;

/** The stored draft of an area (an empty one when there is none, or storage is blocked). */
function readDraft(area: string): Draft {
  return parseDraft(readStored(draftKey(area)));
}

/** Stores an area's draft; an empty one (with no submission in flight) removes the entry. */
function storeDraft(area: string, draft: Draft): void {
  writeStored(draftKey(area), isBlank(draft) && !draft.submission ? undefined : serializeDraft(draft));
}

function newSurvey(area: string, draft: Draft): Survey {
  return { area, draft, problems: [], restored: !isBlank(draft), phase: 'edit', failure: '', pending: false };
}

export function createView(host: WidgetHost<TorgStedskompass>): StedskompassView {
  return new StedskompassView(host);
}

export class StedskompassView implements ReactiveController {
  readonly #host: WidgetHost<TorgStedskompass>;

  /** The shown area's survey, and those of other areas whose answers are still on their way. */
  readonly #surveys = new Map<string, Survey>();

  /** The survey shown: the element's `area` (followed before each render). */
  #current: Survey = newSurvey('', { answers: {} });

  /** The sending part, once asked for. */
  #sending?: ViewLoader<WidgetHost<TorgStedskompass>, SendingView>;

  /** The results part, once asked for. */
  #results?: ViewLoader<WidgetHost<TorgStedskompass>, ResultsView>;

  #progressTimer?: ReturnType<typeof setTimeout>;

  constructor(host: WidgetHost<TorgStedskompass>) {
    this.#host = host;
    host.addController(this);
  }

  /** The answers received for the area shown (then the thanks and the results with the person's own scores). */
  get sent(): Sent | undefined {
    return this.#current.area === this.#host.element.area ? this.#current.sent : undefined;
  }

  get #t(): StedskompassFirstMessages {
    return this.#host.text(stedskompassCatalog);
  }

  // --- lifecycle ----------------------------------------------------------------

  hostConnected(): void {
    addEventListener('online', this.#handleConnection);
    addEventListener('offline', this.#handleConnection);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.#handleConnection);
    removeEventListener('offline', this.#handleConnection);
    clearTimeout(this.#progressTimer);
  }

  /** Before each render: the survey of the element's area. */
  hostUpdate(): void {
    const area = this.#host.element.area;
    if (area === this.#current.area) return;
    const left = this.#current;
    // Answers being sent stay with their survey, which is shown again if the area comes back before they arrive.
    if (!left.pending && !isOnItsWay(left.phase)) this.#surveys.delete(left.area);
    this.#current = this.#surveys.get(area) ?? this.#open(area);
    this.#surveys.set(area, this.#current);
  }

  /** An area's survey with its stored draft. */
  #open(area: string): Survey {
    const survey = newSurvey(area, area ? readDraft(area) : { answers: {} });
    // A restored draft can be sent without typing anything: fetch what sending needs now, while online.
    if (survey.restored) this.#sender();
    return survey;
  }

  /** The sending part: fetched once (again after a failure) and kept. */
  #sender(): ViewLoader<WidgetHost<TorgStedskompass>, SendingView> {
    if (this.#sending?.state === 'error') {
      this.#host.removeController(this.#sending);
      this.#sending = undefined;
    }
    return (this.#sending ??= new ViewLoader<WidgetHost<TorgStedskompass>, SendingView>(this.#host, sendingPart));
  }

  // --- the survey's state ---------------------------------------------------------

  /** Keeps a survey's draft in the page and on the device, under the survey's own area. */
  #keep(survey: Survey, draft: Draft): void {
    survey.draft = draft;
    storeDraft(survey.area, draft);
  }

  #setPhase(survey: Survey, phase: SubmitPhase): void {
    survey.phase = phase;
    if (survey === this.#current && isOnItsWay(phase)) this.#host.announce(this.#t[phase]);
    this.#host.requestUpdate();
  }

  /** Says the count of answered themes once the person pauses, not for every arrow key through a scale. */
  #sayProgress(before: number, count: number): void {
    if (count === before) return;
    clearTimeout(this.#progressTimer);
    const text = this.#t.progress(count, THEMES.length);
    this.#progressTimer = setTimeout(() => this.#host.announce(text), 1200);
  }

  /** Sends a survey's answers: checked first; one key per submission, reused on every retry and after a reload. */
  async #send(survey: Survey): Promise<void> {
    if (survey.pending || isOnItsWay(survey.phase) || survey.phase === 'done') return;
    survey.pending = true;
    try {
      await this.#deliver(survey);
    } finally {
      survey.pending = false;
    }
  }

  async #deliver(survey: Survey): Promise<void> {
    let sending: SendingView;
    try {
      sending = await this.#sender().load();
    } catch (error) {
      // Its code could not be fetched (offline before it came): not sent, the draft kept.
      return this.#fail(survey, error);
    }
    const problems = sending.check(survey.draft);
    if (problems.length) return this.#refuse(survey, problems);
    // The same body as the last attempt (a retry, a reload) keeps its key; a changed one gets a new key.
    const { body, submission } = sending.prepare(survey.area, survey.draft);
    this.#keep(survey, { ...survey.draft, submission });
    const outcome = await sending.send(
      this.#host,
      submission.key,
      (context, options) => sending.post(context, body, options),
      (phase) => this.#setPhase(survey, phase),
    );
    if ('received' in outcome) this.#receive(survey, outcome.received.id, sending.scoresOf(body));
    else if ('refused' in outcome) this.#refuse(survey, sending.mapFieldErrors(outcome.refused, body));
    else this.#fail(survey, outcome.error);
  }

  /** Problems to fix (none sent, or refused by the API): at their fields and in the summary, which gets focus. */
  #refuse(survey: Survey, problems: Problem[]): void {
    survey.problems = problems;
    this.#setPhase(survey, 'edit');
    this.#settled(survey);
    if (survey === this.#current) void this.#host.focus('.summary');
  }

  /** Not sent after the retries, or another error: said as what happened (no contact, a server error …), the draft kept (with its key). */
  #fail(survey: Survey, error: unknown): void {
    survey.failure = this.#host.errorText(error instanceof Error ? error : undefined);
    this.#setPhase(survey, 'failed');
    this.#settled(survey);
    if (survey === this.#current) this.#host.announce(`${this.#t.failed} ${survey.failure}`);
  }

  /** Received: the area's draft goes, `torg-submit` is fired, and the thanks (with the results) are shown. */
  #receive(survey: Survey, id: string, own: OwnScores): void {
    this.#keep(survey, { answers: {} });
    survey.sent = { id, own };
    survey.restored = false;
    survey.problems = [];
    this.#setPhase(survey, 'done');
    this.#settled(survey);
    emit(this.#host.element, 'torg-submit', { id });
    if (survey !== this.#current) return;
    this.#host.announce(this.#t.thanks);
    void this.#host.focus('#thanks-title');
  }

  /** A survey no longer shown is forgotten once its answers have arrived or failed (its draft is on the device). */
  #settled(survey: Survey): void {
    if (survey !== this.#current && this.#surveys.get(survey.area) === survey) this.#surveys.delete(survey.area);
  }

  /** Moves to a field: a theme's checked (or first) radio, a text field (its disclosure opened), the age question. */
  #focusField(root: Node, id: string): void {
    const target = id ? (root as ShadowRoot | Document).getElementById?.(id) : null;
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

  readonly #handleConnection = (): void => {
    for (const survey of this.#surveys.values()) {
      if (isOnItsWay(survey.phase)) this.#setPhase(survey, phaseOnTheWay(navigator.onLine));
    }
  };

  readonly #handleInput = (event: Event): void => {
    const survey = this.#current;
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    const change = applyInput(survey.draft, input.name, input.value);
    if (!change || isOnItsWay(survey.phase)) return;
    // Fetch what sending needs now, while the network is surely there.
    this.#sender();
    const before = answeredCount(survey.draft);
    this.#keep(survey, change.draft);
    this.#sayProgress(before, answeredCount(change.draft));
    survey.problems = problemsAfterInput(survey.problems, change);
    if (survey.phase === 'failed') survey.phase = 'edit';
    this.#host.requestUpdate();
  };

  readonly #handleSend = (): void => {
    void this.#send(this.#current);
  };

  readonly #handleJump = (event: Event): void => {
    event.preventDefault();
    const link = event.currentTarget as HTMLElement;
    link.closest('.index')?.removeAttribute('open');
    this.#focusField(link.getRootNode(), link.dataset.target ?? '');
  };

  readonly #handleStartOver = (event: Event): void => {
    const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
    const dialog = root.querySelector('dialog');
    if (!dialog) return;
    // Escape keeps the answers, whatever was chosen the last time.
    dialog.returnValue = '';
    dialog.showModal();
  };

  readonly #handleConfirm = (event: Event): void => {
    if ((event.target as HTMLDialogElement).returnValue !== 'yes') return;
    const survey = this.#current;
    this.#keep(survey, { answers: {} });
    survey.problems = [];
    survey.restored = false;
    survey.phase = 'edit';
    this.#host.announce(this.#t.cleared);
    void this.#host.focus('#title');
    this.#host.requestUpdate();
  };

  // --- rendering ----------------------------------------------------------------

  /** The survey form of the area shown. */
  renderSurvey(): TemplateResult {
    const { draft, problems, restored, phase, failure } = this.#current;
    const t = this.#t;
    // Problems and a status come from sending, so its part is there when they are.
    const sending = this.#sending?.view;
    return renderSurvey(this.#host, {
      t,
      draft,
      problems,
      restored,
      phase,
      failure,
      summary:
        sending && problems.length
          ? sending.renderSummary(problems, (problem) => problemText(problem, t, draft), this.#handleJump)
          : nothing,
      status: sending && isOnItsWay(phase) ? sending.renderStatus(phase) : nothing,
      onInput: this.#handleInput,
      onSend: this.#handleSend,
      onJump: this.#handleJump,
      onStartOver: this.#handleStartOver,
      onConfirm: this.#handleConfirm,
    });
  }

  /** The thanks after sending (the results follow). */
  renderThanks(): unknown {
    return this.#sending?.view?.renderThanks() ?? nothing;
  }

  /** The results (compass and table) of `source`, with the person's own scores when given; their part is fetched on first use. */
  renderResults(source: DataSource<ReadResults>, own?: OwnScores): unknown {
    const loader = (this.#results ??= new ViewLoader<WidgetHost<TorgStedskompass>, ResultsView>(
      this.#host,
      resultsPart,
    ));
    return loader.render((part) =>
      this.#host.renderData(source, {
        loaded: ({ results }) => part.render(results, own),
        empty: () => this.#t.empty,
        skipped: ({ skipped }) => skipped,
      }),
    );
  }
}
