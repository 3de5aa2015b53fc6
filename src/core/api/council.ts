/**
 * Citizens' matters for a council (v1.1), the writes: `POST /committees/{id}/applications`,
 * `POST /committees/{id}/proposals` (what the first screens read, the funds: `funds.ts`).
 */
import type { ApplicationRequest, ProposalRequest, Received } from '../../contract/schemas.js';
import { ReceivedSchema } from '../../contract/schemas/received.js';
import { sendJson, text, written, type WriteOptions } from '../http-send.js';
import { parseDocument } from '../validate.js';
import { apiUrl, seg, type ApiContext } from './client.js';

/** `POST /committees/{committeeId}/applications` → `{ id, status: "received" }`; 422 field errors. */
export async function postApplication(
  ctx: ApiContext,
  committeeId: string,
  body: ApplicationRequest,
  options: WriteOptions,
): Promise<Received> {
  return received(ctx, `/committees/${seg(committeeId)}/applications`, 'applications', body, options);
}

/** `POST /committees/{committeeId}/proposals` → `{ id, status: "received" }`; 422 field errors. */
export async function postProposal(
  ctx: ApiContext,
  committeeId: string,
  body: ProposalRequest,
  options: WriteOptions,
): Promise<Received> {
  return received(ctx, `/committees/${seg(committeeId)}/proposals`, 'proposals', body, options);
}

/**
 * A submission the committee deals with later (an application, a proposal): once the server accepted it,
 * it is `received`, even when its answer cannot be read (then with the id when there is one).
 */
async function received(
  ctx: ApiContext,
  path: string,
  what: 'applications' | 'proposals',
  body: unknown,
  options: WriteOptions,
): Promise<Received> {
  const url = apiUrl(ctx.base, path);
  const request = sendJson('POST', url, body, { ...options, signal: ctx.signal });
  return written(
    request,
    (d) => parseDocument(ReceivedSchema, d, `POST /committees/{id}/${what}`),
    (d) => ({ id: text(d.id), status: 'received' }),
  );
}
