/** Events: `GET /events`. */
import { EventSchema } from '../../contract/schemas/events.js';
import type { TorgEvent } from '../../contract/schemas.js';
import { getItems, type ApiContext, type Collection } from './client.js';

// --- events ---------------------------------------------------------------------

export interface EventQuery {
  /** First date, inclusive (`YYYY-MM-DD`). */
  from: string;
  /** Last date, exclusive (`YYYY-MM-DD`); at most 366 days after `from`. */
  to: string;
  torg?: string | undefined;
  category?: string | undefined;
  audience?: string | undefined;
}

/** `GET /events?from&to[&torg][&category][&audience]` */
export async function getEvents(ctx: ApiContext, query: EventQuery): Promise<Collection<TorgEvent>> {
  const { from, to, torg, category, audience } = query;
  return getItems(ctx, EventSchema, '/events', 'GET /events', { from, to, torg, category, audience });
}
