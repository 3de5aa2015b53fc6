/** The torg: `GET /torg`, `GET /torg/{id}`. */
import { TorgSchema } from '../../contract/schemas/torg.js';
import type { Torg } from '../../contract/schemas.js';
import { getDocument, getItems, seg, type ApiContext, type Collection } from './client.js';

// --- torg -----------------------------------------------------------------------

/** `GET /torg` */
export async function getTorgList(ctx: ApiContext): Promise<Collection<Torg>> {
  return getItems(ctx, TorgSchema, '/torg', 'GET /torg');
}

/** `GET /torg/{torgId}` (404 → `not-found`) */
export async function getTorg(ctx: ApiContext, torgId: string): Promise<Torg> {
  return getDocument(ctx, TorgSchema, `/torg/${seg(torgId)}`, 'GET /torg/{id}');
}
