/** Places (optional, v1.1): `GET /places` — an address, a place name or a postcode, with its position. */
import * as v from 'valibot';
import { NonEmptyText, Text, object } from './base.js';
import { LocationSchema } from './torg.js';

export const PLACE_KINDS = ['adresse', 'stedsnavn', 'postnummer'] as const;

/** A place from `GET /places`: an address, a place name or a postcode, with its position. */
export const PlaceSchema = object({
  name: NonEmptyText,
  kind: v.picklist(PLACE_KINDS),
  municipality: v.optional(Text),
  location: LocationSchema,
});
