/**
 * Loads a widget's data from its inputs (a `@lit/task` underneath) and keeps
 * the state every data widget shares: loading, loaded, empty, error and stale.
 *
 * - A changed input cancels the old request (its `AbortSignal`) and ignores
 *   its answer.
 * - When a refresh of the same inputs fails, the last good data stays and the
 *   state is `stale`; for new inputs a failure is an `error`.
 * - When the page becomes visible again after `refreshAfterMs`, or the
 *   browser comes back online after an error, the data is refreshed.
 */
import { Task, TaskStatus } from '@lit/task';
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

const WAITING = Symbol('waiting');

export class DataController<T, A extends readonly unknown[] = readonly unknown[]>
  implements ReactiveController, DataSource<T>
{
  private readonly options: DataControllerOptions<T, A>;
  private readonly task: Task<readonly unknown[], T>;
  private revalidateNext = false;
  private good: { args: readonly unknown[]; value: T; time: number } | undefined;
  private currentArgs: readonly unknown[] = [];
  /** The inputs behind each list the task compares (the API base first, then the inputs). */
  private readonly inputs = new WeakMap<readonly unknown[], A>();

  constructor(host: DataHost, options: DataControllerOptions<T, A>) {
    this.options = options;
    host.addController(this);
    this.task = new Task(host, {
      // Compared item by item (identity), like any Task's args; a changed
      // `api-base` reloads too.
      args: () => {
        const args = options.args();
        if (!args) return [WAITING];
        const compared = [host.element.apiBase, ...args];
        this.inputs.set(compared, args);
        return compared;
      },
      task: async (compared, { signal }) => {
        this.currentArgs = compared;
        const args = this.inputs.get(compared);
        if (!args) throw WAITING;
        const revalidate = this.revalidateNext;
        this.revalidateNext = false;
        const value = await options.load(args, { signal, api: () => host.api(signal, revalidate) });
        signal.throwIfAborted();
        this.good = { args: compared, value, time: Date.now() };
        return value;
      },
    });
  }

  /** The current state. */
  get state(): DataState {
    switch (this.task.status) {
      case TaskStatus.INITIAL:
        return 'idle';
      case TaskStatus.PENDING:
        return this.staleValue !== undefined ? this.previousState() : 'loading';
      case TaskStatus.COMPLETE:
        return this.isEmpty(this.task.value as T) ? 'empty' : 'loaded';
      case TaskStatus.ERROR:
        if (this.task.error === WAITING) return 'idle';
        if (isAbortError(this.task.error)) return 'loading';
        return this.staleValue !== undefined ? 'stale' : 'error';
    }
  }

  /** Whether a request is running (also while older data is shown). */
  get busy(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** The data to show: the loaded value, or the last good one when stale or refreshing. */
  get value(): T | undefined {
    if (this.task.status === TaskStatus.COMPLETE) return this.task.value;
    return this.staleValue;
  }

  /** The error of the last attempt (also in the stale state). */
  get error(): TorgError | Error | undefined {
    const error = this.task.error;
    if (this.task.status !== TaskStatus.ERROR || error === WAITING) return undefined;
    return error instanceof Error ? error : new TorgError('invalid-data', String(error));
  }

  /** When the shown data was loaded (epoch ms). */
  get loadedAt(): number | undefined {
    return this.good && sameArgs(this.good.args, this.currentArgs) ? this.good.time : undefined;
  }

  /** Resolves when the current load has settled (for tests and callers). */
  get settled(): Promise<void> {
    return this.task.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Loads again, asking the server even when a fresh answer is cached. */
  refresh(): Promise<void> {
    this.revalidateNext = true;
    return this.task.run();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.handleVisibility);
    window.addEventListener('online', this.handleOnline);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.handleVisibility);
    window.removeEventListener('online', this.handleOnline);
  }

  private get staleValue(): T | undefined {
    return this.good && sameArgs(this.good.args, this.currentArgs) ? this.good.value : undefined;
  }

  private previousState(): DataState {
    const value = this.staleValue;
    return value !== undefined && this.isEmpty(value) ? 'empty' : 'loaded';
  }

  private isEmpty(value: T): boolean {
    return this.options.isEmpty?.(value) ?? false;
  }

  private readonly handleVisibility = (): void => {
    if (document.visibilityState !== 'visible' || this.busy) return;
    const after = this.options.refreshAfterMs ?? 10 * 60_000;
    const at = this.loadedAt;
    if (at !== undefined && Date.now() - at > after) void this.refresh();
  };

  private readonly handleOnline = (): void => {
    if (this.task.status === TaskStatus.ERROR && this.task.error !== WAITING) void this.refresh();
  };
}

function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}
