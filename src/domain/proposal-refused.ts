/**
 * A proposal's 422 at the form's fields — pure, no DOM. A module of its own
 * (the form's rules are `proposal.ts`): only what follows "send" in
 * `<torg-innspill>` (`parts/after.ts`) needs it.
 */
import type { FieldError } from '../contract/errors.js';
import type { Problem } from './form.js';
import { serverProblems } from './form-refused.js';
import { PROPOSAL_ORDER, checkProposal, type ProposalDraft } from './proposal.js';

/** A 422's field errors on the form (`title`, `/email`, `proposal.place` …); the rest are for the whole form. */
export function proposalServerProblems(
  errors: readonly FieldError[],
  draft: ProposalDraft,
): { problems: Problem[]; other: string[] } {
  const map = (path: string): string | undefined => {
    const name = path.split('.').pop() ?? '';
    return PROPOSAL_ORDER.includes(name) ? name : undefined;
  };
  return serverProblems(errors, map, PROPOSAL_ORDER, checkProposal(draft));
}
