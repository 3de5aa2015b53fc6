/**
 * Typed errors of the API layer. Widgets switch on `kind` to pick a
 * plain-language message; nothing here is shown to users verbatim.
 */
import type { Problem } from './schemas.js';

export type TorgErrorKind =
  /** No usable `api-base`. */
  | 'config'
  /** The request never got an HTTP answer (offline, DNS, CORS, reset). */
  | 'network'
  /** No answer within the time limit. */
  | 'timeout'
  /** 404. */
  | 'not-found'
  /** 409, e.g. a booking slot taken meanwhile. */
  | 'conflict'
  /** 422 with field errors. */
  | 'validation'
  /** 5xx. */
  | 'server'
  /** Any other 4xx. */
  | 'http'
  /** The answer could not be read: malformed JSON or the wrong shape. */
  | 'invalid-data';

export interface FieldError {
  field: string;
  message: string;
}

export class TorgError extends Error {
  override name = 'TorgError';
  readonly kind: TorgErrorKind;
  /** HTTP status, when there was an answer. */
  readonly status: number | undefined;
  /** The `application/problem+json` body, when the server sent one. */
  readonly problem: Problem | undefined;
  /** The server's `Retry-After`, in seconds, when it sent one. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    kind: TorgErrorKind,
    message: string,
    options: { status?: number; problem?: Problem; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.problem = options.problem;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** Field errors of a 422 problem (`[]` otherwise). */
  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }

  /** Whether a 409 problem's `type` says the booking slot was taken. */
  get slotTaken(): boolean {
    return this.kind === 'conflict' && /\/slot-taken$/.test(this.problem?.type ?? '');
  }

  /** Whether trying again later may help (network, timeout, 5xx). */
  get transient(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'server';
  }
}

/** The kind of error for an HTTP status code. */
export function kindForStatus(status: number): TorgErrorKind {
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 422) return 'validation';
  if (status >= 500) return 'server';
  return 'http';
}

export function isTorgError(error: unknown): error is TorgError {
  return error instanceof TorgError;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function abortError(): DOMException {
  return new DOMException('The request was aborted.', 'AbortError');
}
