/** fast-check arbitraries for the Stedskompass domain tests. */
import fc from 'fast-check';
import { SCORES, cleanDraft, type Draft, type ThemeDraft } from '../../src/domain/stedskompass.js';
import { AGE_GROUPS, THEMES } from '../../src/contract/ids.js';

/** Any valid theme draft. */
const themeDraft: fc.Arbitrary<ThemeDraft> = fc.record(
  {
    score: fc.constantFrom(...SCORES, 'skip' as const),
    good: fc.string({ minLength: 1, maxLength: 40 }),
    improve: fc.string({ minLength: 1, maxLength: 40 }),
  },
  { requiredKeys: [] },
);

/** Any valid draft. */
export const draftArb: fc.Arbitrary<Draft> = fc
  .record(
    {
      answers: fc.dictionary(fc.constantFrom(...THEMES), themeDraft, { maxKeys: 14 }),
      ageGroup: fc.constantFrom(...AGE_GROUPS),
    },
    { requiredKeys: ['answers'] },
  )
  .map((draft) => cleanDraft(draft));
