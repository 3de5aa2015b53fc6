import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  SCORES,
  TEXT_LIMIT,
  answeredCount,
  applyInput,
  cleanDraft,
  problemTarget,
  problemsAfterInput,
  type Problem,
  draftKey,
  isBlank,
  parseDraft,
  serializeDraft,
  withTheme,
  type Draft,
} from '../../src/domain/stedskompass.js';
import { AGE_GROUPS, THEMES } from '../../src/contract/ids.js';
import { draftArb } from './stedskompass-arbitraries.js';

describe('stedskompass domain: themes and draft', () => {
  it('lists the 14 themes in the order and with the ids of the API contract', () => {
    // api.md, "Stedskompass": ThemeId and ageGroup.
    expect([...THEMES]).to.deep.equal(
      'moving-around, public-transport, traffic-parking, streets-spaces, natural-space, play-recreation, facilities-services, work-economy, housing-community, social-interaction, identity-belonging, feeling-safe, care-maintenance, influence-control'.split(
        ', ',
      ),
    );
    expect([...AGE_GROUPS]).to.deep.equal(['under-20', '20-39', '40-66', '67+']);
    expect([...SCORES]).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(TEXT_LIMIT).to.equal(1000);
  });

  it('keeps one draft per area', () => {
    expect(draftKey('tofte')).to.not.equal(draftKey('heggedal'));
    expect(draftKey('tofte')).to.match(/^torg-stedskompass:v1:tofte$/);
  });

  it('reads back what it wrote', () => {
    const draft: Draft = {
      answers: {
        'moving-around': { score: 3, good: 'Turstier', improve: 'Fortau' },
        'feeling-safe': { score: 'skip' },
      },
      ageGroup: '67+',
      submission: { key: 'k-1', body: { area: 'tofte', answers: [{ theme: 'moving-around', score: 3 }] } },
    };
    expect(parseDraft(serializeDraft(draft))).to.deep.equal(draft);
  });

  it('round-trips any valid draft (property)', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        expect(parseDraft(serializeDraft(draft))).to.deep.equal(draft);
      }),
    );
  });

  it('never throws on garbage and gives an empty draft for what it cannot read', () => {
    for (const text of [null, undefined, '', 'not json', '[]', '42', '{"v":2,"answers":{}}', '{"answers":{}}']) {
      expect(parseDraft(text)).to.deep.equal({ answers: {} });
    }
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const draft = parseDraft(text);
        expect(draft.answers).to.be.an('object');
      }),
    );
  });

  it('drops unknown themes, bad scores, empty texts and unknown age groups', () => {
    const draft = parseDraft(
      JSON.stringify({
        v: 1,
        answers: {
          'moving-around': { score: 9, good: '', improve: 'Fortau' },
          'public-transport': { score: '3' },
          'natural-space': { score: 6, good: 42 },
          'not-a-theme': { score: 4 },
          __proto__: { score: 1 },
        },
        ageGroup: '18-25',
        submission: { key: '', body: {} },
      }),
    );
    expect(draft).to.deep.equal({
      answers: { 'moving-around': { improve: 'Fortau' }, 'natural-space': { score: 6 } },
    });
  });

  it('keeps a stored submission only when its body could have been sent', () => {
    const answers = [{ theme: 'moving-around', score: 3, good: 'Turstier' }];
    const read = (body: unknown): Draft['submission'] =>
      parseDraft(JSON.stringify({ v: 1, answers: {}, submission: { key: 'k-1', body } })).submission;
    expect(read({ area: 'tofte', answers, ageGroup: '67+' })).to.deep.equal({
      key: 'k-1',
      body: { area: 'tofte', answers, ageGroup: '67+' },
    });
    for (const body of [
      { area: 'tofte', answers: [] },
      { area: '', answers },
      { answers },
      { area: 'tofte', answers: [{ theme: 'not-a-theme', score: 3 }] },
      { area: 'tofte', answers: [{ theme: 'moving-around', score: 8 }] },
      { area: 'tofte', answers: [{ theme: 'moving-around', score: 3, good: 42 }] },
      { area: 'tofte', answers, ageGroup: '18-25' },
      'tofte',
    ]) {
      expect(read(body), JSON.stringify(body)).to.equal(undefined);
    }
  });

  it('only ever keeps known themes, 1–7 or skip, and strings (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const draft = cleanDraft({ answers: value });
        for (const [theme, entry] of Object.entries(draft.answers)) {
          expect(THEMES).to.include(theme);
          if (entry.score !== undefined) expect([...SCORES, 'skip']).to.include(entry.score);
          for (const text of [entry.good, entry.improve]) if (text !== undefined) expect(text).to.be.a('string');
        }
      }),
    );
  });

  it('counts themes scored or skipped as answered', () => {
    expect(answeredCount({ answers: {} })).to.equal(0);
    expect(
      answeredCount({
        answers: { 'moving-around': { score: 2 }, 'feeling-safe': { score: 'skip' }, 'natural-space': { good: 'x' } },
      }),
    ).to.equal(2);
    fc.assert(
      fc.property(draftArb, (draft) => {
        const count = answeredCount(draft);
        expect(count).to.be.within(0, 14);
        expect(count).to.equal(Object.values(draft.answers).filter((a) => a.score !== undefined).length);
      }),
    );
  });

  it('changes one theme without touching the input, and forgets a theme left empty', () => {
    const draft: Draft = { answers: { 'moving-around': { score: 2, good: 'Sti' } } };
    const next = withTheme(draft, 'moving-around', { score: 5 });
    expect(next.answers['moving-around']).to.deep.equal({ score: 5, good: 'Sti' });
    expect(draft.answers['moving-around']).to.deep.equal({ score: 2, good: 'Sti' });
    const cleared = withTheme({ answers: { 'feeling-safe': { good: 'Trygt' } } }, 'feeling-safe', { good: '' });
    expect(cleared.answers).to.deep.equal({});
  });

  it('tells a blank draft from one with anything given', () => {
    expect(isBlank({ answers: {} })).to.equal(true);
    expect(isBlank({ answers: {}, ageGroup: '20-39' })).to.equal(false);
    expect(isBlank({ answers: { 'moving-around': { good: 'x' } } })).to.equal(false);
  });

  it('changes the draft for an input of the form, by its name', () => {
    const draft: Draft = { answers: { 'moving-around': { score: 2, good: 'Sti' } }, ageGroup: '20-39' };
    expect(applyInput(draft, 'score:moving-around', '5')).to.deep.equal({
      draft: { answers: { 'moving-around': { score: 5, good: 'Sti' } }, ageGroup: '20-39' },
      theme: 'moving-around',
      field: 'score',
    });
    expect(applyInput(draft, 'score:feeling-safe', 'skip')?.draft.answers['feeling-safe']).to.deep.equal({
      score: 'skip',
    });
    expect(applyInput(draft, 'improve:moving-around', 'Fortau')?.draft.answers['moving-around']).to.deep.equal({
      score: 2,
      good: 'Sti',
      improve: 'Fortau',
    });
    // An emptied text is forgotten.
    expect(applyInput(draft, 'good:moving-around', '')?.draft.answers['moving-around']).to.deep.equal({ score: 2 });
    expect(applyInput(draft, 'age', '67+')).to.deep.equal({
      draft: { ...draft, ageGroup: '67+' },
      field: 'ageGroup',
    });
    // "Prefer not to say" (and anything unknown) removes the age group.
    expect(applyInput(draft, 'age', '')).to.deep.equal({ draft: { answers: draft.answers }, field: 'ageGroup' });
    // The input draft is never changed.
    expect(draft).to.deep.equal({ answers: { 'moving-around': { score: 2, good: 'Sti' } }, ageGroup: '20-39' });
  });

  it('ignores inputs it does not know, and never keeps a score outside 1–7', () => {
    const draft: Draft = { answers: {} };
    expect(applyInput(draft, 'score:not-a-theme', '3')).to.equal(undefined);
    expect(applyInput(draft, 'other:moving-around', '3')).to.equal(undefined);
    expect(applyInput(draft, '', '')).to.equal(undefined);
    expect(applyInput(draft, 'score:moving-around', '9')?.draft).to.deep.equal({ answers: {} });
    expect(applyInput(draft, 'score:moving-around', 'x')?.draft).to.deep.equal({ answers: {} });
  });

  it('gives a clean draft for any input (property)', () => {
    fc.assert(
      fc.property(
        draftArb,
        fc.constantFrom('score', 'good', 'improve', 'age', 'other'),
        fc.constantFrom(...THEMES, 'nope'),
        fc.oneof(fc.constantFrom(...SCORES.map(String), 'skip', ...AGE_GROUPS), fc.string({ maxLength: 20 })),
        (draft, kind, theme, value) => {
          const before = serializeDraft(draft);
          const change = applyInput(draft, kind === 'age' ? 'age' : `${kind}:${theme}`, value);
          expect(serializeDraft(draft)).to.equal(before);
          if (!change) return;
          expect(change.draft).to.deep.equal(cleanDraft(change.draft));
        },
      ),
    );
  });

  it('names the form field of each problem', () => {
    expect(problemTarget({ code: 'none' })).to.equal('theme-moving-around');
    expect(problemTarget({ code: 'server', theme: 'feeling-safe', field: 'good' })).to.equal('good-feeling-safe');
    expect(problemTarget({ code: 'needs-score', theme: 'feeling-safe', field: 'score' })).to.equal(
      'theme-feeling-safe',
    );
    expect(problemTarget({ code: 'server', field: 'ageGroup' })).to.equal('age');
    expect(problemTarget({ code: 'server', message: 'x' })).to.equal(undefined);
  });

  it('drops the problem of a changed field, and "answer at least one" once a theme is scored', () => {
    const problems: Problem[] = [
      { code: 'none' },
      { code: 'too-long', theme: 'feeling-safe', field: 'good', over: 3 },
      { code: 'needs-score', theme: 'feeling-safe', field: 'score' },
      { code: 'server', field: 'ageGroup', message: 'Unknown.' },
    ];
    expect(problemsAfterInput(problems, { theme: 'feeling-safe', field: 'good' })).to.deep.equal([
      problems[0],
      problems[2],
      problems[3],
    ]);
    expect(problemsAfterInput(problems, { theme: 'moving-around', field: 'score' })).to.deep.equal([
      problems[1],
      problems[2],
      problems[3],
    ]);
    expect(problemsAfterInput(problems, { theme: 'feeling-safe', field: 'score' })).to.deep.equal([
      problems[1],
      problems[3],
    ]);
    expect(problemsAfterInput(problems, { field: 'ageGroup' })).to.deep.equal(problems.slice(0, 3));
    // Another theme's text changes nothing.
    expect(problemsAfterInput(problems, { theme: 'moving-around', field: 'good' })).to.deep.equal(problems);
  });
});
