/**
 * The answer to `POST /committees/{id}/applications` and
 * `POST /committees/{id}/proposals` (v1.1): a module of its own, read with
 * the writes' code only, so `<torg-tilskudd>`'s first screen (the funds,
 * `council.ts`) carries neither and shares no chunk with them.
 */
import * as v from 'valibot';
import { object, NonEmptyText } from './base.js';

/** The answer to an application or a proposal: stored, to be dealt with. */
export const ReceivedSchema = object({ id: NonEmptyText, status: v.literal('received') });
