import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { ProposalRequestSchema } from '../../src/contract/schemas.js';
import {
  checkProposal,
  cleanProposal,
  emptyProposal,
  isAnonymous,
  isBlankProposal,
  proposalRequest,
  type ProposalDraft,
} from '../../src/domain/proposal.js';
import { proposalServerProblems } from '../../src/domain/proposal-refused.js';

const filled: ProposalDraft = {
  title: ' Gatelys i Kirkeveien ',
  description: 'Det er mørkt mellom skolen og butikken om kvelden.',
  place: 'Kirkeveien ved skolen',
  name: 'Ola Nordmann',
  email: 'ola@eksempel.no',
  consent: true,
};

describe('proposal domain: raising a matter with the council', () => {
  it('asks for a title, a description and the consent; a name and an e-mail address are optional', () => {
    expect(checkProposal(filled)).to.deep.equal([]);
    expect(checkProposal({ ...filled, name: '', email: '', place: '' })).to.deep.equal([]);
    expect(checkProposal(emptyProposal())).to.deep.equal([
      { field: 'title', code: 'required' },
      { field: 'description', code: 'required' },
      { field: 'consent', code: 'required' },
    ]);
    expect(checkProposal({ ...filled, email: 'ola@' })).to.deep.equal([{ field: 'email', code: 'invalid' }]);
    expect(checkProposal({ ...filled, description: 'x'.repeat(4001) })).to.deep.equal([
      { field: 'description', code: 'tooLong' },
    ]);
  });

  it('is anonymous without a name and an e-mail address, and is sent so', () => {
    const anonymous = { ...filled, name: ' ', email: '' };
    expect(isAnonymous(anonymous)).to.equal(true);
    expect(isAnonymous({ ...anonymous, email: 'ola@eksempel.no' })).to.equal(false);
    expect(isAnonymous({ ...anonymous, name: 'Ola' })).to.equal(false);
    expect(proposalRequest(anonymous)).to.deep.equal({
      title: 'Gatelys i Kirkeveien',
      description: 'Det er mørkt mellom skolen og butikken om kvelden.',
      place: 'Kirkeveien ved skolen',
      consent: true,
    });
  });

  it('sends a body the API schema accepts whenever the checks pass (property)', () => {
    const text = fc.string({ maxLength: 40 });
    const arb = fc.record({
      title: text,
      description: text,
      place: text,
      name: text,
      email: fc.oneof(fc.constant(''), fc.emailAddress(), text),
      consent: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, (draft) => {
        fc.pre(checkProposal(draft).length === 0);
        expect(v.safeParse(ProposalRequestSchema, proposalRequest(draft)).success).to.equal(true);
      }),
    );
  });

  it('puts a 422 at the field it names; the rest is for the whole form', () => {
    expect(
      proposalServerProblems(
        [
          { field: 'proposal.description', message: 'No names of others.' },
          { field: '/email', message: 'Unknown domain.' },
          { field: 'spam', message: 'Looks like spam.' },
        ],
        filled,
      ),
    ).to.deep.equal({
      problems: [
        { field: 'description', code: 'rejected', message: 'No names of others.' },
        { field: 'email', code: 'rejected', message: 'Unknown domain.' },
      ],
      other: ['Looks like spam.'],
    });
  });

  it('reads back a stored draft with only what can be in one; a blank one is nothing', () => {
    expect(cleanProposal(JSON.parse(JSON.stringify(filled)))).to.deep.equal(filled);
    expect(cleanProposal({ title: 'Lys', name: 5, consent: 1 })).to.deep.equal({ ...emptyProposal(), title: 'Lys' });
    expect(cleanProposal({ consent: true })).to.equal(undefined);
    expect(cleanProposal('x')).to.equal(undefined);
    expect(isBlankProposal(emptyProposal())).to.equal(true);
  });
});
