/**
 * Sending a form — the one way every form of the widgets sends a
 * submission: with its `Idempotency-Key` (the caller keeps the key while the
 * body stays the same, see `core/idempotency.ts`), network errors and 5xx
 * answers tried again with that key, waiting while the browser is offline,
 * and where it is on its way (sending, trying again, waiting for the
 * network) for the person to see.
 *
 * The outcome is one of three: received; refused at the fields (a 422, its
 * field errors to show at them); or not sent, with plain words — none for a
 * failure that may pass, where the form's own "not sent, try again in a
 * little while" says it all.
 */
import type { ApiContext } from '../core/api/client.js';
import type { WriteOptions } from '../core/http-send.js';
import type { WidgetHost } from '../core/widget-host.js';
import type { FieldError } from '../contract/errors.js';
import { isTorgError } from '../contract/errors.js';
import { phaseOnTheWay, type OnItsWay } from '../domain/form.js';
import { RETRY_STATUSES, refusedFieldErrors } from '../domain/form-refused.js';

export type SendOutcome<R> =
  | { received: R }
  | { refused: FieldError[] }
  /** Not sent: `failure` says why in plain words (`''` for a failure that may pass). */
  | { failure: string; error: unknown };

/** Plain words for why a submission was not sent; `''` for a failure that may pass (network, time-out, 5xx). */
export function failureText(host: Pick<WidgetHost, 'errorText'>, error: unknown): string {
  if (isTorgError(error) && error.transient) return '';
  return host.errorText(error instanceof Error ? error : undefined);
}

/**
 * Sends with `key`: `post` gets the API context and the write options (key,
 * retries, waiting for the network); `onPhase` hears where it is on its way,
 * first when it starts.
 */
export async function sendWithKey<R>(
  host: Pick<WidgetHost, 'api' | 'errorText' | 'loadErrorTexts'>,
  key: string,
  post: (context: ApiContext, options: WriteOptions) => Promise<R>,
  onPhase: (phase: OnItsWay) => void,
): Promise<SendOutcome<R>> {
  const online = (): boolean => navigator.onLine !== false;
  onPhase(phaseOnTheWay(online()));
  try {
    const received = await post(host.api(), {
      idempotencyKey: key,
      retryStatuses: [...RETRY_STATUSES],
      waitForOnline: true,
      onRetry: () => onPhase(phaseOnTheWay(online(), true)),
    });
    return { received };
  } catch (error) {
    const refused = refusedFieldErrors(error);
    if (refused.length) return { refused };
    await host.loadErrorTexts();
    return { failure: failureText(host, error), error };
  }
}
