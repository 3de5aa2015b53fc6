/**
 * Loads a widget's data from its inputs and keeps the state every data
 * widget shares: loading, loaded, empty, error and stale.
 *
 * - The inputs are read before each update; when one changed (compared item
 *   by item, by identity, like Lit's own properties), or the `api-base`, the
 *   data loads again. A changed input cancels the old request (its
 *   `AbortSignal`) and ignores its answer.
 * - When a refresh of the same inputs fails, the last good data stays and the
 *   state is `stale`; for new inputs a failure is an `error`.
 * - When the page becomes visible again after `refreshAfterMs`, or the
 *   browser comes back online after an error, the data is refreshed.
 * - An element taken off the page while it loads gives up its request (its
 *   `AbortSignal`: the shared request goes on while another element waits
 *   for it) and ignores the answer; nothing loads while it is off the page.
 *   Put back, it loads again (or takes the cached answer). Moved within one
 *   task (taken out and put back at once), it keeps its request.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiContext } from './api.js';
import type { WidgetHost } from './widget-host.js';
import { TorgError, isAbortError } from '../contract/errors.js';

export type DataState = 'idle' | 'loading' | 'loaded' | 'empty' | 'error' | 'stale';

export interface LoadContext {
  signal: AbortSignal;
  /** The API context; throws a `config` error when there is no usable base. */
  api(): ApiContext;
}

export interface DataControllerOptions<T, A extends readonly unknown[]> {
  /** The inputs; a change reloads. Return `undefined` to wait (e.g. a required attribute is missing). */
  args: () => A | undefined;
  load: (args: A, context: LoadContext) => Promise<T>;
  /** Whether loaded data counts as empty. */
  isEmpty?: (value: T) => boolean;
  /** How long data is good before a page that becomes visible refreshes it. */
  refreshAfterMs?: number;
}

/** What a view needs of loaded data: its state, the value to show, the error, and a way to try again. */
export interface DataSource<T> {
  readonly state: DataState;
  readonly value: T | undefined;
  readonly error: Error | undefined;
  readonly busy: boolean;
  readonly loadedAt: number | undefined;
  refresh(): Promise<void>;
}

/** What a data controller needs of its element: see {@link WidgetHost}. */
export type DataHost = Pick<WidgetHost<HTMLElement & { apiBase?: string | undefined }>, 'element' | 'api'> &
  ReactiveControllerHost;

/** Two lists of inputs alike, item by item (by identity, like Lit's own properties). */
function same(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  return !!a && !!b && a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

/** Where the last load stands: not started (or waiting for inputs), running, done, failed. */
type Status = 'idle' | 'pending' | 'done' | 'failed';

export class DataController<T, A extends readonly unknown[] = readonly unknown[]>
  implements ReactiveController, DataSource<T>
{
  readonly #host: DataHost;
  readonly #options: DataControllerOptions<T, A>;
  #status: Status = 'idle';
  #value: T | undefined;
  #error: unknown;
  /** The inputs of the current load, the API base first; `undefined` while waiting for inputs. */
  #compared: readonly unknown[] | undefined;
  #abort: AbortController | undefined;
  #call = 0;
  #revalidateNext = false;
  /** Whether the current load asks the server even when a fresh answer is cached. */
  #revalidating = false;
  /** Whether the element is on a page (the controller was told so). */
  #connected = false;
  /** A load to start when the element is back on a page (it left while loading, or its inputs changed meanwhile). */
  #resume = false;
  /** The last good data, with the inputs it was loaded for. */
  #good: { compared: readonly unknown[]; value: T; time: number } | undefined;

  constructor(host: DataHost, options: DataControllerOptions<T, A>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The current state. */
  get state(): DataState {
    switch (this.#status) {
      case 'idle':
        return 'idle';
      case 'pending':
        return this.#stale !== undefined ? this.#previousState() : 'loading';
      case 'done':
        return this.#isEmpty(this.#value as T) ? 'empty' : 'loaded';
      case 'failed':
        if (isAbortError(this.#error)) return 'loading';
        return this.#stale !== undefined ? 'stale' : 'error';
    }
  }

  /** Whether a request is running (also while older data is shown). */
  get busy(): boolean {
    return this.#status === 'pending';
  }

  /** The data to show: the loaded value, or the last good one when stale or refreshing. */
  get value(): T | undefined {
    return this.#status === 'done' ? this.#value : this.#stale;
  }

  /** The error of the last attempt (also in the stale state). */
  get error(): TorgError | Error | undefined {
    const error = this.#error;
    if (this.#status !== 'failed') return undefined;
    return error instanceof Error ? error : new TorgError('invalid-data', String(error));
  }

  /** When the shown data was loaded (epoch ms). */
  get loadedAt(): number | undefined {
    return this.#current()?.time;
  }

  /** Loads again, asking the server even when a fresh answer is cached. */
  refresh(): Promise<void> {
    this.#revalidateNext = true;
    return this.#run(this.#inputs());
  }

  /**
   * Server rendering: loads the data for the current inputs now, outside the update cycle (the element is
   * never connected there). Nothing to do (`undefined`) while the inputs wait, while a load runs, or when
   * these inputs were loaded.
   */
  prepare(): Promise<void> | undefined {
    const inputs = this.#inputs();
    if (!inputs || this.#status === 'pending') return undefined;
    if (this.#status !== 'idle' && same(inputs[1], this.#compared)) return undefined;
    return this.#run(inputs);
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#handleVisibility);
    window.addEventListener('online', this.#handleOnline);
    if (this.#resume) {
      this.#resume = false;
      void this.#run(this.#inputs());
    }
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#handleVisibility);
    window.removeEventListener('online', this.#handleOnline);
    if (this.#status !== 'pending') return;
    const call = this.#call;
    // After the task's own work: an element moved (taken out and put back at once) keeps its request.
    queueMicrotask(() => {
      if (this.#connected || call !== this.#call) return;
      // Off the page: give up this element's part in the request and ignore its answer (no update, no error).
      this.#abort?.abort();
      this.#abort = undefined;
      this.#call++;
      this.#revalidateNext ||= this.#revalidating;
      this.#resume = true;
    });
  }

  hostUpdate(): void {
    const inputs = this.#inputs();
    // A change of the inputs loads again; inputs gone (a required attribute removed) stop the load.
    if (inputs ? same(inputs[1], this.#compared) : this.#compared === undefined) return;
    // Off the page nothing loads: the element loads when it is back.
    if (!this.#connected) this.#resume = true;
    else void this.#run(inputs);
  }

  /** The inputs and the list they are compared by (the API base first; a changed base reloads too). */
  #inputs(): [A, readonly unknown[]] | undefined {
    const args = this.#options.args();
    return args && [args, [this.#host.element.apiBase, ...args]];
  }

  async #run(inputs: [A, readonly unknown[]] | undefined): Promise<void> {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#compared = inputs?.[1];
    const call = ++this.#call;
    if (!inputs) {
      // Waiting for inputs (a required attribute is missing): nothing to load, nothing to show.
      this.#status = 'idle';
      this.#host.requestUpdate();
      return;
    }
    const abort = (this.#abort = new AbortController());
    const { signal } = abort;
    const revalidate = this.#revalidateNext;
    this.#revalidateNext = false;
    this.#revalidating = revalidate;
    this.#status = 'pending';
    this.#host.requestUpdate();
    let status: Status = 'done';
    let value: T | undefined;
    let error: unknown;
    try {
      value = await this.#options.load(inputs[0], { signal, api: () => this.#host.api(signal, revalidate) });
      signal.throwIfAborted();
      this.#good = { compared: inputs[1], value, time: Date.now() };
    } catch (e) {
      status = 'failed';
      error = e;
    }
    if (call !== this.#call) return;
    this.#status = status;
    this.#value = value;
    this.#error = error;
    this.#host.requestUpdate();
  }

  /** The last good data when it was loaded for the current inputs. */
  get #stale(): T | undefined {
    return this.#current()?.value;
  }

  #current(): { value: T; time: number } | undefined {
    const good = this.#good;
    return good && same(good.compared, this.#compared) ? good : undefined;
  }

  #previousState(): DataState {
    const value = this.#stale;
    return value !== undefined && this.#isEmpty(value) ? 'empty' : 'loaded';
  }

  #isEmpty(value: T): boolean {
    return this.#options.isEmpty?.(value) ?? false;
  }

  readonly #handleVisibility = (): void => {
    if (document.visibilityState !== 'visible' || this.busy) return;
    const after = this.#options.refreshAfterMs ?? 10 * 60_000;
    const at = this.loadedAt;
    if (at !== undefined && Date.now() - at > after) void this.refresh();
  };

  readonly #handleOnline = (): void => {
    if (this.#status === 'failed') void this.refresh();
  };
}
