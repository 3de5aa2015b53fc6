/** Stedskompass: `POST /stedskompass/responses`, `GET /stedskompass/results`. */
import { CreatedSchema, StedskompassResultsSchema } from '../../contract/schemas/stedskompass.js';
import type { StedskompassResponse, StedskompassResults } from '../../contract/schemas.js';
import { sendJson } from '../http-send.js';
import { parseDocument } from '../validate.js';
import { apiUrl, getDocument, text, written, type ApiContext, type WriteOptions } from './client.js';

// --- stedskompass ----------------------------------------------------------------

/** `POST /stedskompass/responses` → `{ id }` */
export async function postStedskompassResponse(
  ctx: ApiContext,
  body: StedskompassResponse,
  options: WriteOptions,
): Promise<{ id: string }> {
  const url = apiUrl(ctx.base, '/stedskompass/responses');
  const request = sendJson('POST', url, body, { ...options, signal: ctx.signal });
  return written(
    request,
    (d) => parseDocument(CreatedSchema, d, 'POST /stedskompass/responses'),
    (d) => ({ id: text(d.id) }),
  );
}

/** `GET /stedskompass/results?area=ID` */
export async function getStedskompassResults(ctx: ApiContext, area: string): Promise<StedskompassResults> {
  return getDocument(ctx, StedskompassResultsSchema, '/stedskompass/results', 'GET /stedskompass/results', { area });
}
