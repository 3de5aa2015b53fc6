/**
 * One form on a page, from the first keystroke to "received" — for forms
 * whose rules are pure functions of the domain (the grant application, the
 * citizen's proposal):
 *
 * - what the person typed, kept on the device under the form's key after
 *   every input (`shared/drafts.ts`), and brought back after a reload, a
 *   closed tab or a crash — with the submission in flight, so the same
 *   body is sent again with the same `Idempotency-Key`;
 * - the checks on "send" (never while typing): the problems at their fields
 *   and in a summary that gets focus; a corrected field loses its problem
 *   at once (`recheck`);
 * - sending the way every form sends (`shared/send.ts`): retried with the
 *   same key, waiting while offline, where it is on its way said to screen
 *   readers; a 422 at the fields it names; any other failure keeps every
 *   typed character and says "not sent"; a double click sends once;
 * - received: the draft is cleared and the widget told (its event, its
 *   confirmation and where focus goes are the widget's).
 */
import type { ReactiveController } from 'lit';
import type { FieldError } from '../contract/errors.js';
import type { ApiContext } from '../core/api/client.js';
import type { WriteOptions } from '../core/http-send.js';
import type { Submission } from '../core/idempotency.js';
import type { WidgetHost } from '../core/widget-host.js';
import {
  isOnItsWay,
  parseStoredForm,
  phaseOnTheWay,
  recheck,
  serializeStoredForm,
  type OnItsWay,
  type Problem,
  type SubmitPhase,
} from '../domain/form.js';
import { readStored, writeStored } from './drafts.js';

/**
 * Sending's code (the key of a submission, retries, the outcome): not needed to show a form, so fetched when
 * the person starts typing (or a draft is brought back), while the network is surely there.
 */
const sendingCode = () =>
  Promise.all([import('./send.js'), import('../core/idempotency.js')]).then(([send, idempotency]) => ({
    ...send,
    ...idempotency,
  }));

/** A form's rules (pure, from the domain). */
export interface FormRules<D, B> {
  empty(): D;
  /** A draft read back from storage with only what can be in one; `undefined` when nothing is left. */
  clean(value: unknown): D | undefined;
  isBlank(draft: D): boolean;
  /** The problems before sending, in the form's order. */
  check(draft: D): Problem[];
  /** The request body (called only when `check` finds nothing). */
  request(draft: D): B;
  /** A 422's field errors at the form's fields; the rest for the whole form. */
  refused(errors: readonly FieldError[], draft: D): { problems: Problem[]; other: string[] };
}

export interface FormOptions<D, B, R> {
  rules: FormRules<D, B>;
  /** Sends a body with the write options (its key, retries). */
  post: (context: ApiContext, body: B, options: WriteOptions) => Promise<R>;
  /** What screen readers hear on the way, and when it was not sent. */
  say: () => Record<OnItsWay | 'failed', string>;
  /** Received: the widget fires its event, shows its confirmation and moves focus there. */
  received: (answer: R, body: B) => void;
}

export class FormController<D, B, R> implements ReactiveController {
  /** What the person typed. */
  draft: D;
  /** What to fix before sending (found here, or refused by the API), in the form's order. */
  problems: Problem[] = [];
  /** What the API refused of the form as a whole (its words). */
  other: string[] = [];
  phase: SubmitPhase = 'edit';
  /** Why it was not sent, beyond "not sent" (`''` when trying again later may help). */
  failure = '';
  /** A draft from an earlier visit was brought back. */
  restored: boolean;
  /** The last submission received (its answer and body), until `restart()`. */
  receipt: { answer: R; body: B } | undefined;

  readonly #host: WidgetHost;
  readonly #key: string;
  readonly #options: FormOptions<D, B, R>;
  /** The submission last sent (or being sent): its key is reused while the body stays the same. */
  #submission: Submission<B> | undefined;
  /** From the click to the outcome, so a double click sends once. */
  #pending = false;
  /** Sending's code, once asked for (asked again after a failure). */
  #sending: ReturnType<typeof sendingCode> | undefined;

  /** `key`: where the draft is kept on the device (`domain/form-keys.ts`). */
  constructor(host: WidgetHost, key: string, options: FormOptions<D, B, R>) {
    this.#host = host;
    this.#key = key;
    this.#options = options;
    const stored = parseStoredForm<D, B>(readStored(key), options.rules.clean);
    this.draft = stored?.draft ?? options.rules.empty();
    this.#submission = stored?.submission;
    this.restored = stored !== undefined;
    // A draft brought back can be sent without typing anything: fetch what sending needs now.
    if (this.restored) this.#prefetch();
    host.addController(this);
  }

  /** Whether the form is read-only: its submission is on its way. */
  get busy(): boolean {
    return isOnItsWay(this.phase);
  }

  /** Where the submission is on its way, in words (none when it is not). */
  get status(): string | undefined {
    return isOnItsWay(this.phase) ? this.#options.say()[this.phase] : undefined;
  }

  /** Why it was not sent, in words (none unless it failed). */
  get failed(): string | undefined {
    return this.phase === 'failed' ? `${this.#options.say().failed} ${this.failure}`.trim() : undefined;
  }

  /** The problem of a field (`email`, `lines.2.amount`), if any. */
  problemAt(field: string): Problem | undefined {
    return this.problems.find((p) => p.field === field);
  }

  hostConnected(): void {
    addEventListener('online', this.#handleConnection);
    addEventListener('offline', this.#handleConnection);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.#handleConnection);
    removeEventListener('offline', this.#handleConnection);
  }

  /** The person changed `field`: the draft is kept, and that field's problem checked again. */
  change(draft: D, field: string): void {
    if (this.busy) return;
    this.#prefetch();
    this.draft = draft;
    this.problems = recheck(this.problems, field, this.#options.rules.check(draft));
    if (this.phase === 'failed') this.phase = 'edit';
    this.#store();
    this.#host.requestUpdate();
  }

  /** The draft changed as a whole (a budget line removed): kept, with the problems given. */
  replace(draft: D, problems: Problem[]): void {
    if (this.busy) return;
    this.draft = draft;
    this.problems = problems;
    this.#store();
    this.#host.requestUpdate();
  }

  /** Sends: checked first; one key per submission, reused on every retry and after a reload. */
  async send(): Promise<void> {
    if (this.#pending || this.busy || this.phase === 'done') return;
    const { rules } = this.#options;
    const problems = rules.check(this.draft);
    if (problems.length) return this.#refuse(problems, []);
    this.#pending = true;
    try {
      let code: Awaited<ReturnType<typeof sendingCode>>;
      try {
        // A fetch ahead of time still on its way may yet fail (it did when the network was gone): then once more.
        code = await this.#code().catch(() => this.#code());
      } catch {
        // Its code could not be fetched (offline before it came): not sent, the draft kept.
        return this.#fail('');
      }
      const body = rules.request(this.draft);
      // The same body as the last attempt (a retry, a reload) keeps its key; a changed one gets a new key.
      const submission = (this.#submission = code.submissionFor(this.#submission, body));
      this.#store();
      const outcome = await code.sendWithKey(
        this.#host,
        submission.key,
        (context, options) => this.#options.post(context, body, options),
        (phase) => this.#setPhase(phase),
      );
      if ('received' in outcome) this.#receive(outcome.received, body);
      else if ('refused' in outcome) {
        const { problems: refused, other } = rules.refused(outcome.refused, this.draft);
        this.#refuse(refused, other);
      } else this.#fail(outcome.failure);
    } finally {
      this.#pending = false;
    }
  }

  /** After "received": a new, empty form. */
  restart(): void {
    this.phase = 'edit';
    this.receipt = undefined;
    this.#host.requestUpdate();
  }

  /** Sending's code: fetched once, again after a failure. */
  #code(): ReturnType<typeof sendingCode> {
    this.#sending ??= sendingCode().catch((error: unknown) => {
      this.#sending = undefined;
      throw error;
    });
    return this.#sending;
  }

  #prefetch(): void {
    this.#code().catch(() => undefined);
  }

  #setPhase(phase: SubmitPhase): void {
    this.phase = phase;
    if (isOnItsWay(phase)) this.#host.announce(this.#options.say()[phase]);
    this.#host.requestUpdate();
  }

  /** Problems to fix (none sent, or refused by the API): at their fields and in the summary, which gets focus. */
  #refuse(problems: Problem[], other: string[]): void {
    this.problems = problems;
    this.other = other;
    this.#setPhase('edit');
    void this.#host.focus('[part~="error-summary"]');
  }

  /** Not sent after the retries, or another error: said, and the draft kept (with its key). */
  #fail(failure: string): void {
    this.failure = failure;
    this.#setPhase('failed');
    this.#host.announce(this.failed ?? '');
  }

  #receive(answer: R, body: B): void {
    this.draft = this.#options.rules.empty();
    this.#submission = undefined;
    this.problems = [];
    this.other = [];
    this.restored = false;
    this.receipt = { answer, body };
    this.#store();
    this.#setPhase('done');
    this.#options.received(answer, body);
  }

  /** Keeps the draft (and the submission in flight) on the device; a blank form with nothing in flight removes it. */
  #store(): void {
    const { draft } = this;
    const submission = this.#submission;
    const blank = this.#options.rules.isBlank(draft) && !submission;
    writeStored(this.#key, blank ? undefined : serializeStoredForm(submission ? { draft, submission } : { draft }));
  }

  readonly #handleConnection = (): void => {
    if (this.busy) this.#setPhase(phaseOnTheWay(navigator.onLine));
  };
}

/**
 * One form per key — a committee's: drafts are kept per committee. Gives the
 * form of a key, made when first asked for; when the key changes, the old
 * form is let go (a submission on its way still lands in its own draft).
 */
export function formPerKey<D, B, R>(
  host: WidgetHost,
  make: (key: string) => FormController<D, B, R>,
): (key: string) => FormController<D, B, R> {
  let form: FormController<D, B, R> | undefined;
  let formKey = '';
  return (key) => {
    if (form && formKey === key) return form;
    if (form) host.removeController(form);
    formKey = key;
    return (form = make(key));
  };
}
