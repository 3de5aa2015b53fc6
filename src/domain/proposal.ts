/**
 * A citizen's proposal to a lokalsamfunnsutvalg ("innspill") — pure rules,
 * no DOM: the draft as typed, its checks, whether it is sent anonymously,
 * the request body of `POST /committees/{id}/proposals`, and the mapping of
 * a 422's field paths back to the form.
 */
import type { ProposalRequest } from '../contract/schemas.js';
import { LONG_TEXT, checkText, isEmail, type Problem } from './form.js';

export interface ProposalDraft {
  title: string;
  description: string;
  place: string;
  name: string;
  email: string;
  consent: boolean;
}

/** The text fields, in the form's order. */
export const PROPOSAL_TEXT_FIELDS = ['title', 'description', 'place', 'name', 'email'] as const;

export type ProposalTextField = (typeof PROPOSAL_TEXT_FIELDS)[number];

export const PROPOSAL_ORDER: readonly string[] = [...PROPOSAL_TEXT_FIELDS, 'consent'];

export function emptyProposal(): ProposalDraft {
  return { title: '', description: '', place: '', name: '', email: '', consent: false };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A draft with only what can be in one (read back from storage); `undefined` when nothing is left. */
export function cleanProposal(value: unknown): ProposalDraft | undefined {
  if (!isRecord(value)) return undefined;
  const draft = emptyProposal();
  for (const field of PROPOSAL_TEXT_FIELDS) {
    const text = value[field];
    if (typeof text === 'string') draft[field] = text;
  }
  draft.consent = value.consent === true;
  return isBlankProposal(draft) ? undefined : draft;
}

/** Whether the person has typed nothing (the consent alone does not count). */
export function isBlankProposal(draft: ProposalDraft): boolean {
  return PROPOSAL_TEXT_FIELDS.every((field) => draft[field].trim() === '');
}

/** Sent without a name and without an e-mail address: the council cannot answer. */
export function isAnonymous(draft: ProposalDraft): boolean {
  return !draft.name.trim() && !draft.email.trim();
}

/** The checks before sending, in the form's order; an empty list means it can be sent. */
export function checkProposal(draft: ProposalDraft): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, code: Problem['code'] | undefined): void => {
    if (code) problems.push({ field, code });
  };
  add('title', checkText(draft.title, { required: true }));
  add('description', checkText(draft.description, { required: true, max: LONG_TEXT }));
  add('place', checkText(draft.place));
  add('name', checkText(draft.name));
  const email = draft.email.trim();
  add('email', email && !isEmail(email) ? 'invalid' : checkText(email, { max: 254 }));
  add('consent', draft.consent ? undefined : 'required');
  return problems;
}

/** The request body: texts trimmed, empty optional fields left out (no name and no e-mail: anonymous). */
export function proposalRequest(draft: ProposalDraft): ProposalRequest {
  const body: ProposalRequest = { title: draft.title.trim(), description: draft.description.trim(), consent: true };
  for (const field of ['place', 'name', 'email'] as const) {
    const value = draft[field].trim();
    if (value) body[field] = value;
  }
  return body;
}
