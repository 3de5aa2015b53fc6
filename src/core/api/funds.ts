/** A council's money, what tilskudd's first screen reads: `GET /committees/{id}/funds` (the writes: `council.ts`). */
import { parseFunds, type FundsAnswer } from '../validate-funds.js';
import { get, seg, type ApiContext } from './client.js';

export type { FundsAnswer };

/** Like `checkDocument` for a committee's funds, whose grants are read one by one. */
export async function checkFunds(data: unknown, what = 'data'): Promise<FundsAnswer> {
  return parseFunds(data, what);
}

/** `GET /committees/{committeeId}/funds[?year=YYYY]` (no year: the API's current year); unreadable grants are left out and counted. */
export async function getFunds(ctx: ApiContext, committeeId: string, year?: number): Promise<FundsAnswer> {
  return parseFunds(await get(ctx, `/committees/${seg(committeeId)}/funds`, { year }), 'GET /committees/{id}/funds');
}
